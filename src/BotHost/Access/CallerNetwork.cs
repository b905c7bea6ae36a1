using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace BuildingBot.BotHost.Access;

/// <summary>
/// Where a caller is. Local means a loopback peer that is not a configured proxy: a request without a
/// remote address is remote, and so is one a same-host reverse proxy passed on (it names the real
/// client in X-Forwarded-For, which <see cref="ForwardedHeadersOptions"/> honours from configured proxies only).
/// </summary>
internal sealed class CallerNetwork(IOptions<ForwardedHeadersOptions> forwarded)
{
    public bool IsLocal(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Connection.RemoteIpAddress is not { } remote)
        {
            return false;
        }

        if (remote.IsIPv4MappedToIPv6)
        {
            remote = remote.MapToIPv4();
        }

        return IPAddress.IsLoopback(remote) && !IsProxy(remote);
    }

    private bool IsProxy(IPAddress address)
    {
        var options = forwarded.Value;
        return options.KnownProxies.Any(p => p.Equals(address) || (p.IsIPv4MappedToIPv6 && p.MapToIPv4().Equals(address)))
               || options.KnownIPNetworks.Any(n => n.Contains(address));
    }
}
