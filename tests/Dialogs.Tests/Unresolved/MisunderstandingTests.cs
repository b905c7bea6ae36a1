using BuildingBot.Dialogs.Unresolved;

namespace BuildingBot.Dialogs.Tests.Unresolved;

public class MisunderstandingTests
{
    [Theory]
    [InlineData("不是这个意思", "")]
    [InlineData("我不是这个意思啦", "")]
    [InlineData("你理解错了", "")]
    [InlineData("你理解錯了！", "")]
    [InlineData("你搞错了吧 我是想问低保怎么申请", "低保怎么申请")]
    [InlineData("不对不对我说的是3幢电梯坏了", "3幢电梯坏了")]
    [InlineData("不是不是，我的意思是查一下进度", "查一下进度")]
    [InlineData("答非所问", "")]
    [InlineData("你根本没听懂我的意思", "")]
    [InlineData("不是問這個", "")]
    [InlineData("不是这个意思！！我要报修", "我要报修")]
    [InlineData("听错了，是下周三去杭州", "是下周三去杭州")]
    [InlineData("@幸福里助手 你误会了", "")]
    public void Detect_FindsTheComplaint_AndWhatIsRestated(string message, string restated)
    {
        Assert.Equal(restated, Misunderstanding.Detect(message));
    }

    [Theory]
    [InlineData("不对")]
    [InlineData("不是")]
    [InlineData("不是的")]
    [InlineData("对不对")]
    [InlineData("我搞错了，是4幢")]
    [InlineData("我没明白要带什么材料")]
    [InlineData("这个意思是说要去社区吗")]
    [InlineData("我说的是3幢")]
    [InlineData("不是说周六停电吗")]
    [InlineData("3幢电梯坏了")]
    [InlineData("")]
    public void Detect_ReturnsNull_WhenTheMessageIsNoComplaint(string message)
    {
        Assert.Null(Misunderstanding.Detect(message));
    }
}
