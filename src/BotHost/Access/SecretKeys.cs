using System.Security.Cryptography;
using System.Text;

namespace BuildingBot.BotHost.Access;

/// <summary>
/// Checks a secret key (the admin key, an Open311 api_key) in constant time: the UTF-8 bytes of the given key
/// and of every configured key are hashed (SHA-256, so neither the length nor a common prefix shows in the timing) and compared
/// with <see cref="CryptographicOperations.FixedTimeEquals"/>, always against all keys.
/// </summary>
internal static class SecretKeys
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsAllowed(string? key, IReadOnlyList<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (string.IsNullOrEmpty(key) || Hash(key) is not { } given)
        {
            return false;
        }

        var match = false;
        foreach (var candidate in allowed)
        {
            match |= candidate is { Length: > 0 } && Hash(candidate) is { } expected && CryptographicOperations.FixedTimeEquals(given, expected);
        }

        return match;
    }

    /// <returns>Null for text that is not valid UTF-16 (a lone surrogate), which no key matches.</returns>
    private static byte[]? Hash(string text)
    {
        try
        {
            return SHA256.HashData(StrictUtf8.GetBytes(text));
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }
}
