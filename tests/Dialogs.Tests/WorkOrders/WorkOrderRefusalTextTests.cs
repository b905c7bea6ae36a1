using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.WorkOrders;

namespace BuildingBot.Dialogs.Tests.WorkOrders;

public class WorkOrderRefusalTextTests
{
    [Fact]
    public void ToChinese_NamesTheStatusAndHowToGoOn_WhenResolvingBeforeAccepting()
    {
        var refusal = new WorkOrderRefusal(WorkOrderRefusalKind.IllegalTransition, "WO-20261127-0001")
        {
            Status = WorkOrderStatus.Assigned, Action = WorkOrderAction.Resolve,
        };

        Assert.Equal("工单 WO-20261127-0001 当前是“已派单”，不能办结。请先接单（发“接单 WO-20261127-0001”）。", refusal.ToChinese());
    }

    [Fact]
    public void ToChinese_NamesTheAssignee_WhenTheOrderIsSomeoneElses()
    {
        var refusal = new WorkOrderRefusal(WorkOrderRefusalKind.NotYours, "WO-20261127-0001") { Name = "楼栋长" };

        Assert.Equal("工单 WO-20261127-0001 不是派给您的（当前由楼栋长负责），不能操作。", refusal.ToChinese());
    }

    [Theory]
    [InlineData("", WorkOrderTextField.Description, "问题描述不能为空。")]
    [InlineData(" ", WorkOrderTextField.Reason, "原因不能为空。")]
    public void CheckText_RefusesEmptyText_InTheFieldsWords(string text, WorkOrderTextField field, string expected) =>
        Assert.Equal(expected, WorkOrderRefusalText.CheckText(text, field));

    [Fact]
    public void CheckText_RefusesTooLongText_AndAcceptsText()
    {
        Assert.Equal("办结结果太长了（最多 1000 字），请精简后再发。", WorkOrderRefusalText.CheckText(new string('字', 1001), WorkOrderTextField.Result));
        Assert.Null(WorkOrderRefusalText.CheckText("已修好", WorkOrderTextField.Result));
    }
}
