using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Dialogs.Tests.Testing;

/// <summary>
/// The demo community's cast for work-order tests: in 幸福家园 (grid G01) 王建华 is the grid leader and
/// 李秀英 the building captain of 3幢; 龙婷 and 田晓燕 live in 3幢.
/// </summary>
public static class WorkOrderScenarios
{
    public const string Group3 = "sim-g-XF01-3";
    public const string Leader = "sim-gm01";
    public const string Captain = "sim-gm02";
    public const string Resident = "sim-r0066";
    public const string Neighbour = "sim-r0067";
    public const string FirstNumber = "WO-20261127-0001";

    public static readonly Attachment Photo = new("image/png", "https://example.invalid/lift.png");

    /// <summary>龙婷 reports a broken lift in the 3幢 group with everything said at once; 李秀英 gets it.</summary>
    public static TestFlow ReportLift(this TestFlow flow) =>
        flow.As(Resident, "龙婷").InGroup(Group3)
            .Send("3幢电梯又坏了，我妈下不了楼，可以打我电话", attachments: [Photo]).AssertReplyContains("确认提交吗")
            .Send("是").AssertReplyContains($"已受理，工单号 {FirstNumber}", privately: false)
            .AssertReplyContains("已提交", privately: true)
            .AssertSentTo(Captain, "【新工单】");

    public static Task<WorkOrder> OrderAsync(this DialogsHost host, string number = FirstNumber) =>
        host.QueryAsync(db => db.WorkOrders.Include(o => o.Reporters).Include(o => o.Events).SingleAsync(o => o.Number == number));
}
