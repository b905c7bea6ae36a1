using BuildingBot.Community.Broadcasts;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Broadcasts;

/// <summary>群发通知: the broadcasts, newest first, with whom they reach, when, and where they stand.</summary>
public sealed class IndexModel(CommunityDbContext db, CommunityTimeZone zone, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Broadcast> Broadcasts { get; private set; } = [];

    public TimeZoneInfo Zone => zone.Zone;

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Broadcasts = await db.Broadcasts.AsNoTracking().OrderByDescending(b => b.Id).Take(200).ToListAsync(cancellationToken);
    }
}
