using BuildingBot.Community.Categories;
using BuildingBot.Community.Outbox;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Tests.Testing;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace BuildingBot.Dialogs.Tests.WorkOrders;

public class WorkOrderNotifierTests
{
    private sealed record Cast(int Reporter, WorkOrderActor Captain);

    private static async Task<(WorkOrder Order, Cast Cast)> ReportLiftAsync(DialogsHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var building = await db.Buildings.Where(b => b.Compound!.Code == "XF01" && b.Code == "3").Select(b => b.Id).SingleAsync();
        var reporter = await db.Residents.Where(r => r.ChannelUserId == WorkOrderScenarios.Resident).Select(r => r.Id).SingleAsync();
        var captain = await db.GridMembers.AsNoTracking().SingleAsync(m => m.ChannelUserId == WorkOrderScenarios.Captain);
        var outcome = await scope.ServiceProvider.GetRequiredService<WorkOrderService>().CreateAsync(new NewWorkOrder
        {
            SourceKey = "test-lift", BuildingId = building, Category = ProblemCategory.RepairsProperty, Description = "3幢电梯坏了",
            ReporterId = reporter, Actor = WorkOrderActor.Resident(reporter, "龙婷"),
        }, default);
        Assert.True(outcome.Succeeded, outcome.Refusal?.ToString());
        return (outcome.Order!, new Cast(reporter, WorkOrderActor.Member(captain.Id, captain.Name)));
    }

    private static async Task<WorkOrderOutcome> AcceptAsync(DialogsHost host, WorkOrder order, Cast cast)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkOrderLifecycle>().AcceptAsync(order.Id, cast.Captain, "accept-1", default);
    }

    private static Task<(WorkOrderStatus Status, int Revision, int Events, int Outbox)> StateAsync(DialogsHost host, int orderId) =>
        host.QueryAsync(async db =>
        {
            var order = await db.WorkOrders.AsNoTracking().SingleAsync(o => o.Id == orderId);
            return (order.Status, order.Revision, await db.WorkOrderEvents.CountAsync(e => e.WorkOrderId == orderId), await db.OutboxMessages.CountAsync());
        });

    [Fact]
    public async Task Report_QueuesTheAssigneesCard_KeyedByOrderTimelineAndRecipient()
    {
        await using var host = await DialogsHost.CreateAsync();

        var (order, cast) = await ReportLiftAsync(host);

        var row = await host.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.ConversationId == WorkOrderScenarios.Captain));
        Assert.Equal($"wo:{order.Number}:1:member:{cast.Captain.Id}", row.IdempotencyKey);
        Assert.Contains("【新工单】", row.Payload, StringComparison.Ordinal);
        Assert.Contains("幸福家园3幢", row.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_WritesTheTimelineEntryAndTheReportersMessage_InOneSave()
    {
        await using var host = await DialogsHost.CreateAsync();
        var (order, cast) = await ReportLiftAsync(host);
        await using var scope = host.Services.CreateAsyncScope();
        var saves = 0;
        scope.ServiceProvider.GetRequiredService<CommunityDbContext>().SavedChanges += (_, _) => saves++;

        var outcome = await scope.ServiceProvider.GetRequiredService<WorkOrderLifecycle>().AcceptAsync(order.Id, cast.Captain, "accept-1", default);

        Assert.True(outcome.Succeeded);
        Assert.Equal(1, saves);
        var rows = await host.QueryAsync(db => db.OutboxMessages.Where(m => m.ConversationId == WorkOrderScenarios.Resident).ToListAsync());
        var told = Assert.Single(rows, r => r.IdempotencyKey == $"wo:{order.Number}:2:resident:{cast.Reporter}");
        Assert.Contains($"已由{cast.Captain.Name}接单处理", told.Payload, StringComparison.Ordinal);
        Assert.Equal(WorkOrderEventKind.Accepted, (await host.OrderAsync()).Events.OrderBy(e => e.Id).Last().Kind);
    }

    [Fact]
    public async Task Accept_SavesNeitherTheChangeNorItsMessages_WhenWritingAMessageFails()
    {
        await using var host = await DialogsHost.CreateAsync();
        var (order, cast) = await ReportLiftAsync(host);
        var before = await StateAsync(host, order.Id);
        var table = await host.QueryAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(OutboxMessage))!.GetTableName()));
        Assert.Equal("OutboxMessages", table);
        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER poison BEFORE INSERT ON \"OutboxMessages\" BEGIN SELECT RAISE(ABORT, 'poisoned'); END;"));

        await Assert.ThrowsAsync<DbUpdateException>(() => AcceptAsync(host, order, cast));

        Assert.Equal(before, await StateAsync(host, order.Id));
        Assert.Equal(WorkOrderStatus.Assigned, before.Status);
    }

    [Fact]
    public async Task Accept_SavesNothing_WhenTheNotifierThrows()
    {
        var failing = false;
        var outbox = new Mock<IOutbox>();
        outbox.Setup(o => o.AddAsync(It.IsAny<IReadOnlyList<OutgoingMessage>>(), It.IsAny<CancellationToken>()))
            .Returns(() => failing ? Task.FromException(new InvalidOperationException("outbox down")) : Task.CompletedTask);
        await using var host = await DialogsHost.CreateAsync(configure: services => services.Replace(ServiceDescriptor.Scoped(_ => outbox.Object)));
        var (order, cast) = await ReportLiftAsync(host);
        var before = await StateAsync(host, order.Id);
        failing = true;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AcceptAsync(host, order, cast));

        Assert.Equal("outbox down", error.Message);
        Assert.Equal(before, await StateAsync(host, order.Id));
        Assert.Equal(WorkOrderStatus.Assigned, before.Status);
    }
}
