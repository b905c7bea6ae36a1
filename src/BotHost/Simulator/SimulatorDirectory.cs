using BuildingBot.Community.Channels;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.Simulator;

/// <summary>The simulator's groups and people, straight from the community database.</summary>
internal sealed class SimulatorDirectory(CommunityDbContext db, TimeProvider clock)
{
    public sealed record Group(string ChatId, string Name, string Building, string Compound);

    public sealed record Person(string Id, string Name, bool Bound, string? Role);

    public Task<List<Group>> GroupsAsync(CancellationToken cancellationToken) =>
        db.BuildingGroups.AsNoTracking().Where(g => g.Channel == ChatChannel.Simulator)
            .OrderBy(g => g.Building!.Compound!.Code).ThenBy(g => g.Building!.Code.Length).ThenBy(g => g.Building!.Code)
            .Select(g => new Group(g.ChatId, g.Name, g.Building!.Name, g.Building.Compound!.Name))
            .ToListAsync(cancellationToken);

    public Task<Group?> GroupAsync(string chatId, CancellationToken cancellationToken) =>
        db.BuildingGroups.AsNoTracking().Where(g => g.Channel == ChatChannel.Simulator && g.ChatId == chatId)
            .Select(g => new Group(g.ChatId, g.Name, g.Building!.Name, g.Building.Compound!.Name))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The residents of the group's building, then simulator people with no household yet.</summary>
    public async Task<List<Person>> MembersAsync(string chatId, CancellationToken cancellationToken)
    {
        var buildingId = await db.BuildingGroups.Where(g => g.Channel == ChatChannel.Simulator && g.ChatId == chatId)
            .Select(g => g.BuildingId).FirstAsync(cancellationToken);
        return await db.Residents.AsNoTracking()
            .Where(r => r.Channel == ChatChannel.Simulator && r.ChannelUserId != null
                        && (r.HouseholdId == null || r.Household!.Unit!.BuildingId == buildingId))
            .OrderBy(r => r.HouseholdId == null).ThenBy(r => r.Id)
            .Select(r => new Person(r.ChannelUserId!, r.DisplayName, r.HouseholdId != null, null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Whether the person may speak in the group, as WeCom delivers only members' messages: the building's residents and unbound newcomers.</summary>
    public Task<bool> IsMemberAsync(string chatId, string userId, CancellationToken cancellationToken)
    {
        var buildingId = db.BuildingGroups.Where(g => g.Channel == ChatChannel.Simulator && g.ChatId == chatId).Select(g => g.BuildingId);
        return db.Residents.AnyAsync(
            r => r.Channel == ChatChannel.Simulator && r.ChannelUserId == userId
                 && (r.HouseholdId == null || buildingId.Contains(r.Household!.Unit!.BuildingId)),
            cancellationToken);
    }

    public Task<List<Person>> GridMembersAsync(CancellationToken cancellationToken) =>
        db.GridMembers.AsNoTracking().Where(m => m.Channel == ChatChannel.Simulator).OrderBy(m => m.GridId).ThenBy(m => m.Id)
            .Select(m => new Person(m.ChannelUserId, m.Name, true, m.Role.ToString()))
            .ToListAsync(cancellationToken);

    /// <summary>Anyone who may speak in the simulator: a simulator resident or grid member.</summary>
    public async Task<Person?> PersonAsync(string userId, CancellationToken cancellationToken) =>
        await db.Residents.AsNoTracking().Where(r => r.Channel == ChatChannel.Simulator && r.ChannelUserId == userId)
            .Select(r => new Person(r.ChannelUserId!, r.DisplayName, r.HouseholdId != null, null)).FirstOrDefaultAsync(cancellationToken)
        ?? await db.GridMembers.AsNoTracking().Where(m => m.Channel == ChatChannel.Simulator && m.ChannelUserId == userId)
            .Select(m => new Person(m.ChannelUserId, m.Name, true, m.Role.ToString())).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A new neighbour with no household, to try binding and first contact.</summary>
    public async Task<Person> AddPersonAsync(string name, CancellationToken cancellationToken)
    {
        var resident = new Resident
        {
            DisplayName = name, Channel = ChatChannel.Simulator, ChannelUserId = $"sim-u-{Guid.NewGuid():N}"[..16],
            CreatedAt = clock.GetUtcNow(),
        };
        db.Residents.Add(resident);
        await db.SaveChangesAsync(cancellationToken);
        return new Person(resident.ChannelUserId, name, false, null);
    }
}
