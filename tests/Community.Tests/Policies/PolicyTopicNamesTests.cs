using BuildingBot.Community.Policies;

namespace BuildingBot.Community.Tests.Policies;

public class PolicyTopicNamesTests
{
    [Theory]
    [InlineData("出行", PolicyTopic.Travel)]
    [InlineData(" 社区事务 ", PolicyTopic.CommunityAffairs)]
    [InlineData("MedicalInsurance", PolicyTopic.MedicalInsurance)]
    [InlineData("schooling", PolicyTopic.Schooling)]
    public void TryParse_ReadsChineseAndEnglishNames(string text, PolicyTopic expected)
    {
        Assert.True(PolicyTopicNames.TryParse(text, out var topic));
        Assert.Equal(expected, topic);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("旅游")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_RefusesNumbersAndUnknownNames(string? text)
    {
        Assert.False(PolicyTopicNames.TryParse(text, out _));
    }

    [Fact]
    public void Chinese_NamesEveryTopic()
    {
        Assert.All(Enum.GetValues<PolicyTopic>(), t => Assert.True(PolicyTopicNames.TryParse(t.Chinese(), out var back) && back == t));
        Assert.Equal("出行、医保、入学、养老、育儿、就业、社区事务、其他", PolicyTopicNames.All);
    }
}
