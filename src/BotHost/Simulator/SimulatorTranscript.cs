using BuildingBot.Community.Persistence;
using BuildingBot.Community.Simulator;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.Simulator;

/// <summary>Stores and reads the simulator's chat lines.</summary>
internal sealed class SimulatorTranscript(CommunityDbContext db, SimulatorHub hub)
{
    public const int PageSize = 200;

    public async Task<SimulatorMessage> AddAsync(SimulatorMessage message, CancellationToken cancellationToken)
    {
        db.SimulatorMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        hub.Notify();
        return message;
    }

    /// <summary>Lines after <paramref name="after"/> (an id), oldest first; the newest page when <paramref name="after"/> is 0.</summary>
    public async Task<IReadOnlyList<SimulatorMessageView>> ReadAsync(string conversationId, long after, CancellationToken cancellationToken)
    {
        var query = db.SimulatorMessages.AsNoTracking().Where(m => m.ConversationId == conversationId && m.Id > after);
        var page = after == 0
            ? (await query.OrderByDescending(m => m.Id).Take(PageSize).ToListAsync(cancellationToken)).AsEnumerable().Reverse().ToList()
            : await query.OrderBy(m => m.Id).Take(PageSize).ToListAsync(cancellationToken);
        return page.Select(SimulatorMessageView.From).ToList();
    }
}
