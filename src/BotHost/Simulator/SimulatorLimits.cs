namespace BuildingBot.BotHost.Simulator;

/// <summary>What the simulator accepts, as a chat app would.</summary>
internal static class SimulatorLimits
{
    public const int MaxTextLength = 2000;
    public const int MaxImages = 3;
    public const int MaxImageBytes = 1024 * 1024;
    public const int MaxNameLength = 32;

    /// <returns>Why the images are refused, or null when they are fine.</returns>
    public static string? CheckImages(IReadOnlyList<string> images)
    {
        if (images.Count > MaxImages)
        {
            return $"At most {MaxImages} images per message.";
        }

        foreach (var image in images)
        {
            var dataUrl = image.StartsWith("data:image/", StringComparison.Ordinal);
            var webUrl = Uri.TryCreate(image, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
            if (!dataUrl && !webUrl)
            {
                return "Images must be data:image/… or http(s) URLs.";
            }

            if (image.Length > MaxImageBytes * 4 / 3)
            {
                return "Each image must be under 1 MB.";
            }
        }

        return null;
    }
}
