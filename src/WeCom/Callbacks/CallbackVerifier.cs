using System.Globalization;
using BuildingBot.WeCom.Crypto;

namespace BuildingBot.WeCom.Callbacks;

/// <summary>
/// Checks a callback before anything reads it: all parameters present, timestamp within ±5 minutes
/// (replays refused), signature, decryption and receive id. Every refusal is a <see cref="CallbackRejectedException"/>.
/// </summary>
public sealed class CallbackVerifier(WeComCrypto crypto, TimeProvider clock)
{
    public const int MaxBodyBytes = 64 * 1024;
    public static readonly TimeSpan TimestampWindow = TimeSpan.FromMinutes(5);

    public string Verify(string? signature, string? timestamp, string? nonce, string? encrypted)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(encrypted))
        {
            throw new CallbackRejectedException("parse", "A signature, timestamp, nonce or ciphertext is missing");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs((clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799))).TotalSeconds) > TimestampWindow.TotalSeconds)
        {
            throw new CallbackRejectedException("replay", "The timestamp is outside the allowed window");
        }

        try
        {
            return crypto.Decrypt(signature, timestamp, nonce, encrypted);
        }
        catch (WeComCryptoException exception)
        {
            var reason = exception.Error switch
            {
                WeComCryptoError.ValidateSignature => "signature",
                WeComCryptoError.ValidateReceiveId => "receive-id",
                _ => "decrypt",
            };
            throw new CallbackRejectedException(reason, exception.Message, exception);
        }
    }
}
