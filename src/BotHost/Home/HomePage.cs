using System.Net;
using BuildingBot.BotHost.Access;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.Home;

/// <summary>GET /status (staff only): what this instance holds, with links to the API and the job dashboard; its style sheet is public.</summary>
internal static class HomePage
{
    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/status", RenderAsync).ExcludeFromDescription().RequireAuthorization(AccessPolicies.StaffPage);
        endpoints.MapGet("/status.css", () => Results.Text(Style, "text/css; charset=utf-8")).ExcludeFromDescription();
        return endpoints;
    }

    private const string Style = """body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6}""";

    private static async Task<IResult> RenderAsync(CommunityDbContext db, CancellationToken cancellationToken)
    {
        var communities = await db.Communities.Select(c => c.Name).ToListAsync(cancellationToken);
        var counts = new (string Label, int Count)[]
        {
            ("小区", await db.Compounds.CountAsync(cancellationToken)),
            ("楼栋", await db.Buildings.CountAsync(cancellationToken)),
            ("住户", await db.Households.CountAsync(cancellationToken)),
            ("居民", await db.Residents.CountAsync(cancellationToken)),
            ("网格", await db.Grids.CountAsync(cancellationToken)),
            ("网格员", await db.GridMembers.CountAsync(cancellationToken)),
            ("楼栋群", await db.BuildingGroups.CountAsync(cancellationToken)),
        };
        var rows = string.Concat(counts.Select(c => $"<li>{c.Label}：{c.Count}</li>"));
        var names = communities.Count == 0 ? "（尚未导入）" : WebUtility.HtmlEncode(string.Join("、", communities));
        var html = $"""
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>幸福里助手</title>
            <link rel="stylesheet" href="/status.css">
            </head><body>
            <h1>幸福里助手 BuildingBot</h1>
            <p>社区：{names}</p>
            <ul>{rows}</ul>
            <p><a href="/">模拟器</a> · <a href="/swagger">接口文档 (OpenAPI)</a> · <a href="/hangfire">定时任务 (Hangfire)</a> · <a href="/readyz">运行状态</a></p>
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
