using BuildingBot.Community.Categories;
using BuildingBot.Community.WorkOrders;

namespace BuildingBot.Community.Tests.WorkOrders;

public class CheckpointTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Urgency.Urgent, ProblemCategory.RepairsProperty, 30)]
    [InlineData(Urgency.Emergency, ProblemCategory.Safety, 30)]
    [InlineData(Urgency.Normal, ProblemCategory.RepairsProperty, 120)]
    [InlineData(Urgency.Normal, ProblemCategory.NeighbourDispute, 120)]
    public void Of_DerivesReminderAndEscalations_ForAnOrderWaitingToBeAccepted(Urgency urgency, ProblemCategory category, int acceptMinutes)
    {
        var options = new WorkOrderOptions();
        var order = Order(WorkOrderStatus.Assigned, urgency, category);
        order.AcceptDueAt = T0 + options.For(category, urgency).Accept;

        var checkpoints = Checkpoint.Of(order, options);

        var minutes = checkpoints.Select(c => (c.Kind, (c.At - T0).TotalMinutes)).ToList();
        Assert.Equal(
            [(CheckpointKind.Remind, acceptMinutes * 0.8), (CheckpointKind.EscalateToLeader, acceptMinutes), (CheckpointKind.EscalateToAdmins, acceptMinutes * 2.0)],
            minutes);
        Assert.Equal(3, checkpoints.Select(c => c.Key).Distinct().Count());
    }

    [Fact]
    public void Of_UsesTheComplexResolveDeadline_ForNeighbourDisputes()
    {
        var options = new WorkOrderOptions();

        Assert.Equal(TimeSpan.FromDays(15), options.For(ProblemCategory.NeighbourDispute, Urgency.Normal).Resolve);
        Assert.Equal(TimeSpan.FromDays(5), options.For(ProblemCategory.Sanitation, Urgency.Normal).Resolve);
        Assert.Equal(TimeSpan.FromHours(24), options.For(ProblemCategory.NeighbourDispute, Urgency.Urgent).Resolve);
    }

    [Fact]
    public void Of_ClosesUnratedOrders_ThreeDaysAfterResolving()
    {
        var order = Order(WorkOrderStatus.Resolved, Urgency.Normal, ProblemCategory.Sanitation);
        order.ResolvedAt = T0;

        var checkpoint = Assert.Single(Checkpoint.Of(order, new WorkOrderOptions()));

        Assert.Equal((CheckpointKind.CloseUnrated, T0.AddDays(3)), (checkpoint.Kind, checkpoint.At));
    }

    [Theory]
    [InlineData(WorkOrderStatus.Submitted)]
    [InlineData(WorkOrderStatus.Closed)]
    [InlineData(WorkOrderStatus.Cancelled)]
    public void Of_IsEmpty_WhenNoDeadlineRuns(WorkOrderStatus status) =>
        Assert.Empty(Checkpoint.Of(Order(status, Urgency.Normal, ProblemCategory.Other), new WorkOrderOptions()));

    [Fact]
    public void Of_ChangesKeys_WhenANewPhaseStarts()
    {
        var order = Order(WorkOrderStatus.Assigned, Urgency.Normal, ProblemCategory.Other);
        order.AcceptDueAt = T0.AddHours(2);
        var before = Checkpoint.Of(order, new WorkOrderOptions()).Select(c => c.Key).ToList();
        order.PhaseStartedAt = T0.AddHours(1);
        order.AcceptDueAt = T0.AddHours(3);

        Assert.Empty(before.Intersect(Checkpoint.Of(order, new WorkOrderOptions()).Select(c => c.Key)));
    }

    private static WorkOrder Order(WorkOrderStatus status, Urgency urgency, ProblemCategory category) => new()
    {
        Id = 7, Number = "WO-20261127-0007", SourceKey = "k", Description = "d", Status = status, Urgency = urgency, Category = category,
        PhaseStartedAt = T0, CreatedAt = T0,
    };
}
