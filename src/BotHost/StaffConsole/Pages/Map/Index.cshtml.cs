using BuildingBot.BotHost.StaffConsole.Map;
using BuildingBot.Community.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuildingBot.BotHost.StaffConsole.Pages.Map;

/// <summary>村情图: the caller's compounds and buildings as tiles, coloured by overdue and urgent orders.</summary>
public sealed class IndexModel(CommunityDbContext db, CommunityMapQuery query) : PageModel
{
    internal ConsoleScope Scope { get; private set; } = null!;

    public IReadOnlyList<IGrouping<string, BuildingTile>> Compounds { get; private set; } = [];

    public int OpenOrders { get; private set; }

    public int Overdue { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = await ConsoleScope.OfAsync(User, db, cancellationToken);
        var tiles = await query.BuildingsAsync(Scope.GridId, cancellationToken);
        Compounds = [.. tiles.GroupBy(t => t.CompoundName)];
        OpenOrders = tiles.Sum(t => t.OpenOrders);
        Overdue = tiles.Sum(t => t.Overdue);
    }
}
