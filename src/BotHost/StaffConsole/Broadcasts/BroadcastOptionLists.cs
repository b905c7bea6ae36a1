using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Broadcasts;

/// <summary>What a broadcast may target, as codes with their names: compounds, grids, buildings (XF01-3) and policy topics.</summary>
public sealed record BroadcastOptionLists(
    IReadOnlyList<(string Code, string Name)> Compounds,
    IReadOnlyList<(string Code, string Name)> Grids,
    IReadOnlyList<(string Code, string Name)> Buildings,
    IReadOnlyList<(string Code, string Name)> Topics)
{
    public static BroadcastOptionLists Empty { get; } = new([], [], [], []);

    public static async Task<BroadcastOptionLists> ReadAsync(CommunityDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var compounds = await db.Compounds.AsNoTracking().OrderBy(c => c.Code).Select(c => new { c.Code, c.Name }).ToListAsync(cancellationToken);
        var grids = await db.Grids.AsNoTracking().OrderBy(g => g.Code).Select(g => new { g.Code, g.Name }).ToListAsync(cancellationToken);
        var buildings = await db.Buildings.AsNoTracking().OrderBy(b => b.Compound!.Code).ThenBy(b => b.Id)
            .Select(b => new { Code = b.Compound!.Code + "-" + b.Code, Name = b.Compound.Name + b.Name }).ToListAsync(cancellationToken);
        return new BroadcastOptionLists(
            [.. compounds.Select(c => (c.Code, c.Name))],
            [.. grids.Select(g => (g.Code, g.Name))],
            [.. buildings.Select(b => (b.Code, b.Name))],
            [.. Enum.GetValues<PolicyTopic>().Select(t => (t.ToString(), t.Chinese()))]);
    }
}
