using System.Net;
using BuildingBot.Community.Configuration;

namespace BuildingBot.BotHost.Observability;

/// <summary>Metrics:ScrapeNetworks:0… (CIDR ranges): callers from there may read /metrics without the admin key.</summary>
internal sealed record ScrapeNetworks(IReadOnlyList<System.Net.IPNetwork> Networks)
{
    public const string Section = "Metrics:ScrapeNetworks";

    /// <summary>Reads the setting at start-up, so a wrong network stops the process naming its key.</summary>
    public static ScrapeNetworks From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new ScrapeNetworks([.. configuration.GetSection(Section).GetChildren()
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .Select(c => System.Net.IPNetwork.TryParse(c.Value!.Trim(), out var network)
                ? network
                : throw new InvalidConfigurationException(c.Path, $"'{c.Value}' is not a network such as 10.0.0.0/8"))]);
    }

    public bool Contains(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        var ipv4 = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return Networks.Any(n => n.Contains(ipv4) || n.Contains(address));
    }
}
