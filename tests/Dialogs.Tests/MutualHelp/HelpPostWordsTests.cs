using BuildingBot.Community.MutualHelp;
using BuildingBot.Dialogs.MutualHelp;

namespace BuildingBot.Dialogs.Tests.MutualHelp;

public class HelpPostWordsTests
{
    [Theory]
    [InlineData("我来帮 HZ7", HelpPostWords.Verb.Answer, "HZ7", null, "")]
    [InlineData("我需要 hz12", HelpPostWords.Verb.Answer, "HZ12", null, "")]
    [InlineData("同意 HZ7 第2位", HelpPostWords.Verb.Agree, "HZ7", 2, "")]
    [InlineData("不用了 HZ7 第1位", HelpPostWords.Verb.Decline, "HZ7", 1, "")]
    [InlineData("完成 HZ3", HelpPostWords.Verb.Confirm, "HZ3", null, "")]
    [InlineData("撤销 HZ3", HelpPostWords.Verb.Withdraw, "HZ3", null, "")]
    [InlineData("举报 HZ3 借互助打广告", HelpPostWords.Verb.Report, "HZ3", null, "借互助打广告")]
    [InlineData("已经帮好了", HelpPostWords.Verb.Confirm, null, null, "")]
    [InlineData("不需要了。", HelpPostWords.Verb.Withdraw, null, null, "")]
    [InlineData("我来帮", HelpPostWords.Verb.Answer, null, null, "")]
    public void Command_ReadsTheVerbNumberAndRest_WhenWrittenAsTaught(string text, HelpPostWords.Verb verb, string? number, int? sequence, string rest) =>
        Assert.Equal((verb, number, sequence, rest), HelpPostWords.Command(text));

    [Fact]
    public void Strip_CutsPhonesRoomsAndNames_AndSaysSo()
    {
        var (text, removed) = HelpPostWords.Strip("谁能帮我接下孩子，我是陈晓红，电话13800001111，3幢2单元501", new HashSet<string>(StringComparer.Ordinal) { "陈晓红" });

        Assert.True(removed);
        Assert.DoesNotContain("13800001111", text, StringComparison.Ordinal);
        Assert.DoesNotContain("陈晓红", text, StringComparison.Ordinal);
        Assert.DoesNotContain("501", text, StringComparison.Ordinal);
        Assert.StartsWith("谁能帮我接下孩子", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Strip_LeavesAPlainTextAlone() =>
        Assert.Equal(("帮忙修电脑", false), HelpPostWords.Strip("帮忙修电脑", new HashSet<string>(StringComparer.Ordinal)));

    [Theory]
    [InlineData("求助：明天下午谁能帮我接下孩子", HelpKind.Need, "明天下午谁能帮我接下孩子")]
    [InlineData("@幸福里助手 求助 搬个柜子", HelpKind.Need, "搬个柜子")]
    [InlineData("我可以帮忙修电脑", HelpKind.Offer, "修电脑")]
    public void Body_DropsTheOpening(string text, HelpKind kind, string body) => Assert.Equal(body, HelpPostWords.Body(text, kind));

    [Theory]
    [InlineData("周六在小区门口等", "在小区门口")]
    [InlineData("到家里来修", "家里")]
    [InlineData("帮忙修电脑", null)]
    public void Place_FindsWhereWithinTheCompound(string text, string? place) => Assert.Equal(place, HelpPostWords.Place(text));
}
