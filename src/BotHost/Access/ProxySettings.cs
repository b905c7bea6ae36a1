using System.Net;
using BuildingBot.Community.Configuration;
using Microsoft.AspNetCore.HttpOverrides;

namespace BuildingBot.BotHost.Access;

/// <summary>
/// ForwardedHeaders:KnownProxies:0… (addresses) and ForwardedHeaders:KnownNetworks:0… (CIDR ranges): the
/// reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed. None configured: none believed.
/// </summary>
internal sealed record ProxySettings(IReadOnlyList<IPAddress> Proxies, IReadOnlyList<System.Net.IPNetwork> Networks)
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Reads the settings at start-up, so a wrong address stops the process naming its key.</summary>
    public static ProxySettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var proxies = Values(configuration, "KnownProxies").Select(v => IPAddress.TryParse(v.Text, out var address)
            ? address
            : throw new InvalidConfigurationException(v.Key, $"'{v.Text}' is not an IP address")).ToList();
        var networks = Values(configuration, "KnownNetworks").Select(v => System.Net.IPNetwork.TryParse(v.Text, out var network)
            ? network
            : throw new InvalidConfigurationException(v.Key, $"'{v.Text}' is not a network such as 10.0.0.0/8")).ToList();
        return new ProxySettings(proxies, networks);
    }

    public void ApplyTo(ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = null;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in Proxies)
        {
            options.KnownProxies.Add(proxy);
        }

        foreach (var network in Networks)
        {
            options.KnownIPNetworks.Add(network);
        }
    }

    private static IEnumerable<(string Key, string Text)> Values(IConfiguration configuration, string name) =>
        configuration.GetSection($"{Section}:{name}").GetChildren()
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .Select(c => (c.Path, c.Value!.Trim()));
}
