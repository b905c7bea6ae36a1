using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace BuildingBot.BotHost.Tests;

/// <summary>
/// The in-process test server has no TCP peer; this gives each request the peer a real one would have:
/// loopback (as `dotnet run` callers are), or the address in the X-Test-Peer header, or none at all ("none").
/// </summary>
public sealed class TestPeer : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    /// <summary>A documentation address (TEST-NET-3): a caller from elsewhere; no traffic ever goes there.</summary>
    public const string Remote = "203.0.113.7";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var peer = context.Request.Headers[Header].ToString();
            context.Request.Headers.Remove(Header);
            context.Connection.RemoteIpAddress = peer switch
            {
                "" => IPAddress.Loopback,
                "none" => null,
                _ => IPAddress.Parse(peer),
            };
            return nextMiddleware(context);
        });
        next(app);
    };

    public static HttpClient Client(HttpClient client, string? peer = null, string? adminKey = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (peer is not null)
        {
            client.DefaultRequestHeaders.Add(Header, peer);
        }

        if (adminKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Admin-Key", adminKey);
        }

        return client;
    }
}
