using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace BuildingBot.WeCom.Crypto;

/// <summary>
/// WeCom's callback encryption (the WXBizMsgCrypt scheme): signature = lower-case hex SHA1 of token,
/// timestamp, nonce and ciphertext sorted ordinally and concatenated; AES-256-CBC with key =
/// Base64(EncodingAESKey + "=") and IV = the key's first 16 bytes; PKCS#7 padding to 32-byte blocks
/// (done here: the framework's PKCS7 mode pads to the 16-byte AES block); plaintext = 16 random
/// bytes + 4-byte big-endian length + message + receive id (the corp id for an app, empty for the smart bot).
/// </summary>
public sealed class WeComCrypto
{
    public const int EncodingAesKeyLength = 43;
    private const int BlockSize = 32;

    private readonly string _token;
    private readonly byte[] _key;
    private readonly byte[] _receiveId;

    public WeComCrypto(string token, string encodingAesKey, string receiveId)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(receiveId);
        _token = token;
        _key = DecodeKey(encodingAesKey);
        _receiveId = Encoding.UTF8.GetBytes(receiveId);
    }

    /// <summary>True when the value is a usable EncodingAESKey (43 base64 characters → 32 bytes).</summary>
    public static bool IsValidEncodingAesKey(string? encodingAesKey)
    {
        try
        {
            DecodeKey(encodingAesKey);
            return true;
        }
        catch (WeComCryptoException)
        {
            return false;
        }
    }

    public string Signature(string timestamp, string nonce, string encrypted)
    {
        string[] parts = [_token, timestamp, nonce, encrypted];
        Array.Sort(parts, StringComparer.Ordinal);
#pragma warning disable CA5350 // WeCom's protocol defines the callback signature as SHA1; we must compute what WeCom sends.
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
#pragma warning restore CA5350
    }

    /// <summary>Checks the signature, decrypts, and checks the receive id; returns the message.</summary>
    public string Decrypt(string msgSignature, string timestamp, string nonce, string encrypted)
    {
        ArgumentNullException.ThrowIfNull(msgSignature);
        var expected = Signature(timestamp, nonce, encrypted);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(msgSignature.ToLowerInvariant())))
        {
            throw new WeComCryptoException(WeComCryptoError.ValidateSignature, "The message signature does not match");
        }

        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(encrypted);
        }
        catch (FormatException exception)
        {
            throw new WeComCryptoException(WeComCryptoError.DecodeBase64, "The ciphertext is not base64", exception);
        }

        byte[] plain;
        try
        {
            using var aes = Aes.Create();
            aes.Key = _key;
            plain = aes.DecryptCbc(cipher, _key.AsSpan(0, 16), PaddingMode.None);
        }
        catch (CryptographicException exception)
        {
            throw new WeComCryptoException(WeComCryptoError.DecryptAes, "The ciphertext does not decrypt", exception);
        }

        var pad = plain.Length == 0 ? 0 : plain[^1];
        if (pad is < 1 or > BlockSize || pad > plain.Length || plain.AsSpan(plain.Length - pad).ContainsAnyExcept((byte)pad))
        {
            throw new WeComCryptoException(WeComCryptoError.IllegalBuffer, "The decrypted padding is invalid");
        }

        var content = plain.AsSpan(0, plain.Length - pad);
        if (content.Length < 20)
        {
            throw new WeComCryptoException(WeComCryptoError.IllegalBuffer, "The decrypted buffer is too short");
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(content.Slice(16, 4));
        if (length < 0 || length > content.Length - 20)
        {
            throw new WeComCryptoException(WeComCryptoError.IllegalBuffer, "The decrypted length is out of range");
        }

        if (!content[(20 + length)..].SequenceEqual(_receiveId))
        {
            throw new WeComCryptoException(WeComCryptoError.ValidateReceiveId, "The receive id is not ours");
        }

        return Encoding.UTF8.GetString(content.Slice(20, length));
    }

    /// <summary>Encrypts a reply (or a test callback); <paramref name="random"/> fixes the 16 random bytes for tests.</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> random = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = Encoding.UTF8.GetBytes(message);
        var length = 20 + body.Length + _receiveId.Length;
        var pad = BlockSize - (length % BlockSize);
        var plain = new byte[length + pad];
        if (random.IsEmpty)
        {
            RandomNumberGenerator.Fill(plain.AsSpan(0, 16));
        }
        else
        {
            random[..16].CopyTo(plain);
        }

        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), body.Length);
        body.CopyTo(plain, 20);
        _receiveId.CopyTo(plain, 20 + body.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>URL verification: the decrypted echostr, to be returned as the response body.</summary>
    public string VerifyUrl(string msgSignature, string timestamp, string nonce, string echoString) =>
        Decrypt(msgSignature, timestamp, nonce, echoString);

    private static byte[] DecodeKey(string? encodingAesKey)
    {
        if (encodingAesKey is not { Length: EncodingAesKeyLength })
        {
            throw new WeComCryptoException(WeComCryptoError.IllegalAesKey, $"An EncodingAESKey has {EncodingAesKeyLength} characters");
        }

        try
        {
            var key = Convert.FromBase64String(encodingAesKey + "=");
            return key.Length == 32 ? key : throw new WeComCryptoException(WeComCryptoError.IllegalAesKey, "The EncodingAESKey does not decode to 32 bytes");
        }
        catch (FormatException exception)
        {
            throw new WeComCryptoException(WeComCryptoError.IllegalAesKey, "The EncodingAESKey is not base64", exception);
        }
    }
}
