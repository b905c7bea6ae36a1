using System.Net;
using System.Text.Json;

namespace BuildingBot.BotHost.Tests.Admin;

/// <summary>A host with an admin key, on SQLite (embedded) or on the test PostgreSQL (production), and a client that sends the key.</summary>
internal static class AdminHost
{
    public const string Key = "admin-views-key";

    public static async Task<BotHostFactory> StartAsync(bool postgres, params (string Key, string? Value)[] extra)
    {
        (string, string?)[] settings = [("Admin:ApiKey", Key), .. extra];
        return postgres ? await BotHostFactory.ProductionAsync(settings) : BotHostFactory.Embedded(settings);
    }

    public static HttpClient Client(BotHostFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", Key);
        return client;
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
