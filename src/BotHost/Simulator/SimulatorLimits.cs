namespace BuildingBot.BotHost.Simulator;

/// <summary>What the simulator accepts, as a chat app would.</summary>
internal static class SimulatorLimits
{
    public const int MaxTextLength = 2000;
    public const int MaxImages = 3;
    public const int MaxImageBytes = 1024 * 1024;
    public const int MaxNameLength = 32;

    /// <summary>Parses every image address; <paramref name="refusal"/> says why when one of them (or their number) is refused.</summary>
    public static IReadOnlyList<SimulatorImage> CheckImages(IReadOnlyList<string?> images, out string? refusal)
    {
        refusal = null;
        if (images.Count > MaxImages)
        {
            refusal = $"At most {MaxImages} images per message.";
            return [];
        }

        var parsed = new List<SimulatorImage>(images.Count);
        foreach (var text in images)
        {
            if (!SimulatorImage.TryParse(text, out var image, out refusal))
            {
                return [];
            }

            parsed.Add(image);
        }

        return parsed;
    }
}
