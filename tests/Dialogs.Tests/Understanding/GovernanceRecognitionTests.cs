using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class GovernanceRecognitionTests
{
    private static readonly Recognizer Recognizer = new(
        new Segmenter(), RegionDirectory.Shared, new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("我有个建议：小区西门加装一个快递柜")]
    [InlineData("建议：车库入口加个凸面镜")]
    [InlineData("建议 把儿童乐园的沙坑换成新沙子")]
    [InlineData("我有一个建議，小區門口增加一個公交站")]
    public void Recognize_ReadsASuggestion(string text)
    {
        Assert.Equal(Intent.Suggest, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("同意")]
    [InlineData("我投反对")]
    [InlineData("弃权")]
    [InlineData("我们家不同意")]
    public void Recognize_ReadsABallot_WhenAVoteIsOpen(string text)
    {
        Assert.Equal(Intent.Vote, Recognizer.Recognize(text, SpeakerRole.Resident, ConversationCue.Vote).Intent);
    }

    [Fact]
    public void Recognize_ReadsAVoteButton_WithoutAnOpenVoteCue()
    {
        Assert.Equal(Intent.Vote, Recognizer.Recognize("反对 XF01-YT002").Intent);
    }

    [Theory]
    [InlineData("同意")]
    [InlineData("我同意楼上的说法")]
    [InlineData("物业费涨价要不要业主同意")]
    public void Recognize_DoesNotReadABallot_WhenNoVoteIsOpen(string text)
    {
        Assert.NotEqual(Intent.Vote, Recognizer.Recognize(text).Intent);
    }
}
