using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Care;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Dialogs.Tests.Care;

public class VisitTextTests
{
    private static readonly Recognizer Recognizer = new(
        new Segmenter(), RegionDirectory.Shared, new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("走访 3-2-501 老人身体还好，需要送餐")]
    [InlineData("走访3幢501 一切正常")]
    [InlineData("转工单")]
    public void Recognize_ReadsTheVisitCommands_AsRecordVisit(string text)
    {
        var result = Recognizer.Recognize(text, SpeakerRole.Grid);

        Assert.Equal(Intent.RecordVisit, result.Intent);
        Assert.Equal(1.0, result.Confidence);
    }

    [Fact]
    public void Recognize_ReadsTheRoomOfAVisit()
    {
        Assert.Equal(new RoomAddress("3", 2, "501"), Recognizer.Recognize("走访 3-2-501 老人身体还好", SpeakerRole.Grid).Address);
    }

    [Theory]
    [InlineData("转工单", true)]
    [InlineData("把刚才的走访转成工单", true)]
    [InlineData("走访 3-2-501 需要转工单", false)]
    [InlineData("走访 3-2-501 老人身体还好", false)]
    public void AsksForOrder_IsTrue_OnlyWithoutARoom(string text, bool expected)
    {
        Assert.Equal(expected, VisitText.AsksForOrder(text));
    }

    [Fact]
    public void Note_IsTheMessageWithoutItsLeadingVerb()
    {
        Assert.Equal("3-2-501 老人身体还好，需要送餐", VisitText.Note("走访 3-2-501 老人身体还好，需要送餐"));
    }
}
