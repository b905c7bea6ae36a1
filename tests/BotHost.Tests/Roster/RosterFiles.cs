using System.Text;

namespace BuildingBot.BotHost.Tests.Roster;

/// <summary>Imports roster CSV files through the admin API, as staff would, and expects each to go through.</summary>
internal static class RosterFiles
{
    public static async Task ImportAsync(HttpClient client, params (string Kind, string Csv)[] files)
    {
        ArgumentNullException.ThrowIfNull(client);
        foreach (var (kind, csv) in files)
        {
            using var response = await client.PostAsync(new Uri($"/admin/import/{kind}", UriKind.Relative), new StringContent(csv, Encoding.UTF8, "text/csv"));
            Assert.True(response.IsSuccessStatusCode, $"{kind}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
