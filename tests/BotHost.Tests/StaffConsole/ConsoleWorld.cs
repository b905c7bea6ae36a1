using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>The demo community with orders reported into it, and staff signed in to the console.</summary>
internal static class ConsoleWorld
{
    public const string NewPassword = "xingfuli2026";

    /// <summary>Signs in a new account of <paramref name="role"/> (linked to <paramref name="gridMember"/>) from a remote address.</summary>
    public static async Task<ConsoleClient> SignedInAsync(BotHostFactory factory, string name, string role, string? gridMember = null)
    {
        var oneTime = await ConsoleClient.AddStaffAsync(factory, name, role, gridMember);
        var client = ConsoleClient.For(factory, TestPeer.Remote);
        await client.SignInAndChangePasswordAsync(name, oneTime, NewPassword);
        return client;
    }

    public static Task<ConsoleClient> AdminAsync(BotHostFactory factory) => SignedInAsync(factory, "王主任", StaffRoles.Admin);

    /// <summary>Reports a problem in building <paramref name="building"/> of compound <paramref name="compound"/>; returns its number.</summary>
    public static async Task<string> ReportAsync(
        BotHostFactory factory, string compound, string building, string description = "垃圾没有清运", Urgency urgency = Urgency.Normal, int? reporterId = null,
        ProblemCategory category = ProblemCategory.Sanitation)
    {
        var buildingId = await WithDbAsync(factory, db => db.Buildings.Where(b => b.Compound!.Code == compound && b.Code == building).Select(b => b.Id).SingleAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<WorkOrderService>().CreateAsync(new NewWorkOrder
        {
            SourceKey = $"console-{Guid.NewGuid():N}", BuildingId = buildingId, Category = category, Urgency = urgency,
            Description = description, ReporterId = reporterId, Actor = WorkOrderActor.Admin("测试"),
        }, default);
        Assert.True(outcome.Succeeded, outcome.Refusal?.ToString());
        return outcome.Order!.Number;
    }

    public static Task<int> BuildingIdAsync(BotHostFactory factory, string compound, string building) =>
        WithDbAsync(factory, db => db.Buildings.Where(b => b.Compound!.Code == compound && b.Code == building).Select(b => b.Id).SingleAsync());

    public static Task<int> ResidentIdAsync(BotHostFactory factory, string channelUserId) =>
        WithDbAsync(factory, db => db.Residents.Where(r => r.ChannelUserId == channelUserId).Select(r => r.Id).SingleAsync());

    public static Task<int> MemberIdAsync(BotHostFactory factory, string channelUserId) =>
        WithDbAsync(factory, db => db.GridMembers.Where(m => m.ChannelUserId == channelUserId).Select(m => m.Id).SingleAsync());

    public static async Task<T> WithDbAsync<T>(BotHostFactory factory, Func<CommunityDbContext, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

    public static async Task<T> WithStaffDbAsync<T>(BotHostFactory factory, Func<StaffDbContext, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<StaffDbContext>());
    }

    public static Task<WorkOrder> OrderAsync(BotHostFactory factory, string number) =>
        WithDbAsync(factory, db => WorkOrderWriter.Load(db.WorkOrders.AsNoTracking()).SingleAsync(o => o.Number == number));
}
