using System.Text.Json;

namespace BuildingBot.BotHost.Simulator;

/// <summary>
/// The image addresses of a chat line as stored in <c>SimulatorMessage.Images</c>: a JSON array of
/// strings. Rows written before that are newline-separated and are still read.
/// </summary>
internal static class SimulatorImageColumn
{
    public static string? Write(IReadOnlyList<string> urls) => urls.Count == 0 ? null : JsonSerializer.Serialize(urls);

    public static IReadOnlyList<string> Read(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return [];
        }

        if (stored.StartsWith('['))
        {
            try
            {
                return JsonSerializer.Deserialize<List<string?>>(stored)?.OfType<string>().ToList() ?? [];
            }
            catch (JsonException)
            {
                // Not JSON after all: no address starts with '[', but an old row is read the old way rather than lost.
            }
        }

        return stored.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
