using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class MutualHelpRecognitionTests
{
    private static readonly Recognizer Recognizer = new(
        new Segmenter(), RegionDirectory.Shared, new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("求助：明天下午谁能帮我接下孩子", Intent.HelpRequest)]
    [InlineData("@幸福里助手 求助，周六谁有空帮我搬下柜子", Intent.HelpRequest)]
    [InlineData("我可以帮忙修电脑", Intent.HelpOffer)]
    [InlineData("我来帮 HZ7", Intent.HelpAnswer)]
    [InlineData("同意 HZ7 第2位", Intent.HelpAnswer)]
    [InlineData("举报 HZ3 打广告", Intent.HelpAnswer)]
    public void Recognize_ReadsTheTaughtForms_InAnyContext(string text, Intent intent)
    {
        var recognized = Recognizer.Recognize(text);
        Assert.Equal((intent, Recognizer.CommandScore), (recognized.Intent, recognized.Score));
    }

    [Theory]
    [InlineData("我来帮")]
    [InlineData("已经帮好了")]
    [InlineData("不需要了")]
    public void Recognize_ReadsAShortReplyAsActingOnAPost_WhenOneIsFresh(string text)
    {
        Assert.Equal(Intent.HelpAnswer, Recognizer.Recognize(text, SpeakerRole.Resident, ConversationCue.Help).Intent);
        Assert.NotEqual(Recognizer.CommandScore, Recognizer.Recognize(text).Score);
    }

    [Fact]
    public void Recognize_DoesNotTakeNoAlone_AsACommandThatWouldInterruptAPrompt() =>
        Assert.NotEqual(Recognizer.CommandScore, Recognizer.Recognize("不用了", SpeakerRole.Resident, ConversationCue.Help).Score);

    [Theory]
    [InlineData("老人摔倒了快来帮忙", Intent.ReportProblem)]
    [InlineData("3幢楼道灯坏了，需要尽快修一下", Intent.ReportProblem)]
    public void Recognize_KeepsAProblemReport_WhenAPostIsFresh(string text, Intent intent) =>
        Assert.Equal(intent, Recognizer.Recognize(text, SpeakerRole.Resident, ConversationCue.Help).Intent);

    [Theory]
    [InlineData("我来帮", ConversationCue.Help, Intent.HelpAnswer)]
    [InlineData("我可以帮忙", ConversationCue.Help, Intent.HelpAnswer)]
    [InlineData("好的同意", ConversationCue.Vote, Intent.Vote)]
    [InlineData("我家投反对", ConversationCue.Vote, Intent.Vote)]
    [InlineData("同意，另外楼道灯坏了", ConversationCue.Vote, Intent.ReportProblem)]
    public void Recognize_TakesTheCuesMeaning_OnlyWhenTheMessageSaysNothingElse(string text, ConversationCue cue, Intent intent) =>
        Assert.Equal(intent, Recognizer.Recognize(text, SpeakerRole.Resident, cue).Intent);
}
