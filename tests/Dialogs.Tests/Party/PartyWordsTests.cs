using BuildingBot.Community.Party;
using BuildingBot.Dialogs.Party;

namespace BuildingBot.Dialogs.Tests.Party;

public class PartyWordsTests
{
    [Theory]
    [InlineData("党员报到，单位是人民医院第二党支部", "人民医院第二党支部")]
    [InlineData("党员报到 供电公司党委", "供电公司党委")]
    [InlineData("我是市税务局机关党支部的党员，来报到", "市税务局机关党支部")]
    [InlineData("区教育局机关党支部", "区教育局机关党支部")]
    [InlineData("党员报到", null)]
    [InlineData("我是在职党员，想到社区报到", null)]
    public void Branch_ReadsTheWorkplacesPartyOrganisation_WhenOneIsNamed(string text, string? expected)
    {
        Assert.Equal(expected, PartyWords.Branch(text));
    }

    [Theory]
    [InlineData("党员报到，想参加红色星期天", ServicePost.RedSunday)]
    [InlineData("我想做楼栋长助理", ServicePost.BuildingCaptainAssistant)]
    [InlineData("党员报到", null)]
    public void Post_ReadsAPostNamedInWords(string text, ServicePost? expected)
    {
        Assert.Equal(expected, PartyWords.Post(text));
    }
}
