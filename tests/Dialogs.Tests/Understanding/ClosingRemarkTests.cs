using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class ClosingRemarkTests
{
    [Theory]
    [InlineData("不用了")]
    [InlineData("不用了谢谢")]
    [InlineData("好的谢谢")]
    [InlineData("知道了")]
    [InlineData("嗯嗯，明白了，谢谢您！")]
    [InlineData("好滴 辛苦啦")]
    [InlineData("OK, thank you")]
    [InlineData("@幸福里助手 收到了")]
    [InlineData("曉得了，多謝")]
    public void IsClosing_IsTrue_WhenTheWholeMessageAcknowledgesRefusesOrThanks(string message) =>
        Assert.True(ClosingRemark.IsClosing(message));

    [Theory]
    [InlineData("")]
    [InlineData("您")]
    [InlineData("不用了，电梯还是坏的")]
    [InlineData("好的，那异地备案在哪里办")]
    [InlineData("知道了吗")]
    [InlineData("申请低保需要什么条件？")]
    public void IsClosing_IsFalse_WhenTheMessageSaysOrAsksSomethingElse(string message) =>
        Assert.False(ClosingRemark.IsClosing(message));

    [Theory]
    [InlineData("不用了谢谢", true)]
    [InlineData("好的，辛苦了", true)]
    [InlineData("不用了", false)]
    [InlineData("知道了", false)]
    [InlineData("谢谢你，电梯什么时候修", false)]
    public void IsThanks_IsTrue_OnlyForAClosingRemarkThatThanks(string message, bool thanks) =>
        Assert.Equal(thanks, ClosingRemark.IsThanks(message));
}
