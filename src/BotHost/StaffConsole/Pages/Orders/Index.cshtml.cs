using BuildingBot.BotHost.StaffConsole.Orders;
using BuildingBot.Community.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuildingBot.BotHost.StaffConsole.Pages.Orders;

/// <summary>工单台: the scope's orders by tab, searched by number, text or building.</summary>
public sealed class IndexModel(CommunityDbContext db, OrderDeskQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Tab { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    internal ConsoleScope Scope { get; private set; } = null!;

    public IReadOnlyList<OrderDeskRow> Orders { get; private set; } = [];

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    internal IReadOnlyList<(string Tab, string Label)> Tabs => OrderTabs.For(Scope);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = await ConsoleScope.OfAsync(User, db, cancellationToken);
        Tab = OrderTabs.Known(Scope, Tab);
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        Orders = await query.ListAsync(Scope.GridId, Scope.MemberId, Tab, Q, PageNumber, cancellationToken);
        Counts = await query.CountsAsync(Tabs.Select(t => t.Tab), Scope.GridId, Scope.MemberId, cancellationToken);
    }

    public string Link(string tab, int page = 1) =>
        $"/console/orders?tab={tab}{(string.IsNullOrWhiteSpace(Q) ? null : "&q=" + Uri.EscapeDataString(Q))}{(page > 1 ? $"&p={page}" : null)}";
}
