using BuildingBot.Community.Categories;
using BuildingBot.Community.Regions;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class RecognizerTests
{
    private static readonly Recognizer Recognizer = new(
        new Segmenter(), RegionDirectory.Shared, new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Recognize_ReadsAFullReport()
    {
        var result = Recognizer.Recognize("@幸福里助手 3幢电梯又坏了，我妈下不了楼，急！电话13812345678");

        Assert.Equal(Intent.ReportProblem, result.Intent);
        Assert.Equal(ProblemCategory.RepairsProperty, result.Category);
        Assert.Equal(Urgency.Urgent, result.Urgency);
        Assert.Equal("3", result.Address?.Building);
        Assert.Equal("13812345678", Assert.Single(result.Phones).Reveal());
    }

    [Theory]
    [InlineData("着火了，楼道在冒烟", EmergencyKind.Fire)]
    [InlineData("厨房有煤气味", EmergencyKind.Gas)]
    [InlineData("有人被困在电梯里", EmergencyKind.Trapped)]
    [InlineData("老人摔倒了，在流血", EmergencyKind.Injured)]
    public void Recognize_FlagsEmergencies(string text, EmergencyKind kind)
    {
        var result = Recognizer.Recognize(text);

        Assert.Equal(Urgency.Emergency, result.Urgency);
        Assert.True(result.Emergencies.HasFlag(kind));
    }

    [Theory]
    [InlineData("我的行程", Intent.MyTrips)]
    [InlineData("查看出行登记？", Intent.MyTrips)]
    [InlineData("取消出行登记", Intent.CancelTrip)]
    [InlineData("取消行程", Intent.CancelTrip)]
    [InlineData("撤销我的出行登记", Intent.CancelTrip)]
    [InlineData("撤销 WO-20261127-0001", Intent.CancelOrder)]
    [InlineData("取消报名", Intent.VolunteerCancel)]
    [InlineData("下周回杭，出行要注意什么", Intent.TravelAdvice)]
    public void Recognize_TellsTripCommandsFromOtherCancellations(string text, Intent expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text).Intent);
    }

    [Fact]
    public void Recognize_ReadsATransferCommand()
    {
        var result = Recognizer.Recognize("转派 42 给 张志强 不是我负责的楼");

        Assert.Equal(new GridCommand(Intent.GridTransfer, "42", "张志强", "不是我负责的楼"), result.Command);
    }

    [Fact]
    public void Recognize_OffersEveryRegion_WhenAPlaceNameIsAmbiguous()
    {
        var result = Recognizer.Recognize("下周去朝阳区出差");

        var regions = Assert.Single(result.Places).Regions;
        Assert.True(regions.Count >= 2);
        Assert.Contains(regions, r => r.Code == "110105");
    }

    [Fact]
    public void Recognize_FindsAHouseholdCode()
    {
        Assert.Equal("K7Q4M2XZ9P", Recognizer.Recognize("绑定 k7q4m2xz9p").HouseholdCode);
    }

    [Theory]
    [InlineData("我的百姓码是 abcdefghjk", "ABCDEFGHJK")]
    [InlineData("ABCDEFGHJK", "ABCDEFGHJK")]
    [InlineData("百姓码 0123456789", "0123456789")]
    [InlineData("the stairway everything is broken", null)]
    [InlineData("电话 1234567890 打不通", null)]
    public void Recognize_TakesACodeOfOneKindOfCharacter_OnlyWhenTheMessageNamesIt(string message, string? expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(message).HouseholdCode);
    }

    [Fact]
    public void Recognize_ReturnsEmpty_ForBlankText()
    {
        Assert.Equal(Intent.None, Recognizer.Recognize("   ").Intent);
    }

    [Theory]
    [InlineData("让小李跟一下吧", ConversationCue.Card, "小李", null)]
    [InlineData("8号单转给李秀英", ConversationCue.None, "李秀英", "8")]
    public void Recognize_CarriesTheColleagueAndShortNumber_WhenAGridMemberHandsAnOrderOnInOwnWords(string message, ConversationCue cue, string assignee, string? order)
    {
        var result = Recognizer.Recognize(message, SpeakerRole.Grid, cue);

        Assert.Equal(Intent.GridTransfer, result.Intent);
        Assert.Equal(assignee, result.Command?.TargetName);
        Assert.Equal(order, result.OrderNumber);
    }

    [Fact]
    public void Recognize_MarksAnEarlierReport_WhenAResidentAsksAfterOneWithoutItsNumber()
    {
        Assert.True(Recognizer.Recognize("上午说的那个有人管吗", SpeakerRole.Resident, ConversationCue.Order).EarlierReport);
        Assert.False(Recognizer.Recognize("3幢电梯又坏了").EarlierReport);
    }
}
