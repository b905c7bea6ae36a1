using System.Globalization;
using System.Security.Claims;
using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole;

/// <summary>
/// What a staff member may see: the whole community (社区管理员, 只读), or the grid of the grid member their account is
/// (网格长, 网格员). A grid account whose member is gone sees nothing (<see cref="NoGrid"/>), never the community.
/// </summary>
internal sealed record ConsoleScope(string Role, int? GridId, string Label)
{
    /// <summary>A grid id no row has.</summary>
    public const int NoGrid = -1;

    public bool IsCommunity => GridId is null;

    /// <summary>The grid member a 网格长 or 网格员 account is; null for community roles.</summary>
    public int? MemberId { get; init; }

    /// <summary>社区管理员, 网格长 and 网格员 change orders (each within their reach); 只读 reads only.</summary>
    public bool MayAct => Role != StaffRoles.ReadOnly;

    public static async Task<ConsoleScope> OfAsync(ClaimsPrincipal user, CommunityDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(db);
        var role = StaffRoles.All.FirstOrDefault(user.IsInRole) ?? StaffRoles.ReadOnly;
        if (!StaffRoles.IsGridScoped(role))
        {
            return new ConsoleScope(role, null, "全社区");
        }

        var memberId = int.TryParse(user.FindFirstValue(StaffClaims.GridMemberId), CultureInfo.InvariantCulture, out var id) ? id : 0;
        var grid = await db.GridMembers.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new { m.GridId, m.Grid!.Name }).FirstOrDefaultAsync(cancellationToken);
        return grid is null ? new ConsoleScope(role, NoGrid, "（未关联网格）") : new ConsoleScope(role, grid.GridId, grid.Name) { MemberId = memberId };
    }
}
