using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using BuildingBot.Community.Text;

namespace BuildingBot.BotHost.Simulator;

/// <summary>
/// An image attached in the simulator, parsed and checked before anything is stored: a base64
/// <c>data:</c> URL of a PNG, JPEG, GIF or WebP picture (RFC 2397), or an absolute http(s) address.
/// </summary>
internal sealed record SimulatorImage(string ContentType, string Url)
{
    private static readonly string[] DataTypes = ["image/png", "image/jpeg", "image/gif", "image/webp"];

    /// <summary>Parses one address; <paramref name="refusal"/> says in English why it is refused.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SimulatorImage? image, [NotNullWhen(false)] out string? refusal)
    {
        image = null;
        refusal = text switch
        {
            null or "" => "An image address is empty.",
            _ when text.Any(c => c == ' ' || ControlCharacters.IsUnwanted(c) || char.IsWhiteSpace(c)) =>
                "Image addresses must not contain spaces, line breaks or other control characters.",
            { Length: > (SimulatorLimits.MaxImageBytes * 4 / 3) + 100 } => "Each image must be under 1 MB.",
            _ when text.StartsWith("data:", StringComparison.OrdinalIgnoreCase) => ParseData(text, out image),
            _ => ParseWeb(text, out image),
        };
        return refusal is null;
    }

    /// <summary><c>data:image/png;base64,iVBOR…</c>: the media type, optional parameters, base64 and the picture.</summary>
    private static string? ParseData(string text, out SimulatorImage? image)
    {
        image = null;
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return "A data: image must look like data:image/png;base64,….";
        }

        var header = text[5..comma].Split(';');
        var type = header[0].ToLowerInvariant();
        if (!DataTypes.Contains(type, StringComparer.Ordinal))
        {
            return "A data: image must be PNG, JPEG, GIF or WebP.";
        }

        if (header.Length < 2 || !header[^1].Equals("base64", StringComparison.OrdinalIgnoreCase))
        {
            return "A data: image must be base64-encoded (data:image/png;base64,…).";
        }

        var payload = text.AsSpan(comma + 1);
        if (!Base64.IsValid(payload, out var bytes) || bytes == 0)
        {
            return "A data: image's base64 does not decode.";
        }

        if (bytes > SimulatorLimits.MaxImageBytes)
        {
            return "Each image must be under 1 MB.";
        }

        image = new SimulatorImage(type, text);
        return null;
    }

    private static string? ParseWeb(string text, out SimulatorImage? image)
    {
        image = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Host.Length == 0 || uri.UserInfo.Length > 0)
        {
            return "Images must be data:image/… or http(s) URLs.";
        }

        image = new SimulatorImage("image/*", text);
        return null;
    }
}
