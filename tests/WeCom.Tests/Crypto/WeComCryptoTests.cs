using System.Security.Cryptography;
using System.Text;
using BuildingBot.WeCom.Crypto;

namespace BuildingBot.WeCom.Tests.Crypto;

public class WeComCryptoTests
{
    private static WeComCrypto For(CryptoVector v) => new(v.Token, v.EncodingAesKey, v.ReceiveId);

    [Fact]
    public void Vectors_AreAllLoaded()
    {
        Assert.Equal(4, CryptoVector.All.Count);
    }

    [Theory]
    [MemberData(nameof(CryptoVector.Names), MemberType = typeof(CryptoVector))]
    public void Decrypt_ReturnsThePublishedPlaintext(string name)
    {
        var v = CryptoVector.Named(name);

        Assert.Equal(v.Plaintext, For(v).Decrypt(v.MsgSignature, v.Timestamp, v.Nonce, v.Encrypt));
    }

    [Theory]
    [MemberData(nameof(CryptoVector.Names), MemberType = typeof(CryptoVector))]
    public void Signature_MatchesThePublishedSignature(string name)
    {
        var v = CryptoVector.Named(name);

        Assert.Equal(v.MsgSignature, For(v).Signature(v.Timestamp, v.Nonce, v.Encrypt));
    }

    [Fact]
    public void Signature_NeedsOrdinalSorting_ForAtLeastOnePublishedVector()
    {
        // A culture-aware sort orders mixed-case and symbol-leading strings differently; one vector catches it.
        var caught = CryptoVector.All.Any(v =>
        {
            string[] parts = [v.Token, v.Timestamp, v.Nonce, v.Encrypt];
            Array.Sort(parts, StringComparer.InvariantCulture);
#pragma warning disable CA5350 // Recomputing WeCom's SHA1 signature the wrong way, to show the test would catch it.
            var cultureSorted = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
#pragma warning restore CA5350
            return cultureSorted != v.MsgSignature;
        });

        Assert.True(caught);
    }

    [Fact]
    public void VerifyUrl_ReturnsTheEchoString()
    {
        var v = CryptoVector.Named("url-verification-wecom");

        Assert.Equal("1288432023552776189", For(v).VerifyUrl(v.MsgSignature, v.Timestamp, v.Nonce, v.Encrypt));
    }

    [Fact]
    public void Decrypt_Throws40001_WhenTheSignatureIsWrong()
    {
        var v = CryptoVector.Named("post-text-message-wecom");

        var error = Assert.Throws<WeComCryptoException>(() => For(v).Decrypt(new string('0', 40), v.Timestamp, v.Nonce, v.Encrypt));

        Assert.Equal(WeComCryptoError.ValidateSignature, error.Error);
        Assert.DoesNotContain(v.Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decrypt_Throws40005_WhenTheReceiveIdIsNotOurs()
    {
        var v = CryptoVector.Named("post-text-message-wecom");
        var crypto = new WeComCrypto(v.Token, v.EncodingAesKey, "ww-someone-else");

        var error = Assert.Throws<WeComCryptoException>(() => crypto.Decrypt(v.MsgSignature, v.Timestamp, v.Nonce, v.Encrypt));

        Assert.Equal(WeComCryptoError.ValidateReceiveId, error.Error);
    }

    [Fact]
    public void Decrypt_Throws40010_WhenTheCiphertextIsNotBase64()
    {
        var v = CryptoVector.Named("post-text-message-wecom");
        var crypto = For(v);
        const string garbage = "not base64 at all!";

        var error = Assert.Throws<WeComCryptoException>(() => crypto.Decrypt(crypto.Signature(v.Timestamp, v.Nonce, garbage), v.Timestamp, v.Nonce, garbage));

        Assert.Equal(WeComCryptoError.DecodeBase64, error.Error);
    }

    [Fact]
    public void Decrypt_RejectsATamperedCiphertext()
    {
        var v = CryptoVector.Named("post-text-message-wecom");
        var crypto = For(v);
        var bytes = Convert.FromBase64String(v.Encrypt);
        bytes[^1] ^= 0x5A;
        var tampered = Convert.ToBase64String(bytes);

        var error = Assert.Throws<WeComCryptoException>(() => crypto.Decrypt(crypto.Signature(v.Timestamp, v.Nonce, tampered), v.Timestamp, v.Nonce, tampered));

        Assert.Contains(error.Error, new[] { WeComCryptoError.IllegalBuffer, WeComCryptoError.ValidateReceiveId, WeComCryptoError.DecryptAes });
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C=")]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2!")]
    public void Constructor_Throws40004_ForAnInvalidEncodingAesKey(string key)
    {
        var error = Assert.Throws<WeComCryptoException>(() => new WeComCrypto("t", key, "corp"));

        Assert.Equal(WeComCryptoError.IllegalAesKey, error.Error);
        Assert.False(WeComCrypto.IsValidEncodingAesKey(key));
    }

    [Fact]
    public void Encrypt_ReproducesThePublishedCiphertext_WithItsRandomBytes()
    {
        var v = CryptoVector.Named("post-text-message-wecom");
        var crypto = For(v);
        using var aes = Aes.Create();
        var key = Convert.FromBase64String(v.EncodingAesKey + "=");
        aes.Key = key;
        var random = aes.DecryptCbc(Convert.FromBase64String(v.Encrypt), key.AsSpan(0, 16), PaddingMode.None)[..16];

        Assert.Equal(v.Encrypt, crypto.Encrypt(v.Plaintext, random));
    }

    [Fact]
    public void EncryptThenDecrypt_RoundTripsMessagesOfEveryLengthFrom0To300Bytes()
    {
        foreach (var v in CryptoVector.All)
        {
            var crypto = For(v);
            for (var length = 0; length <= 300; length++)
            {
                var message = Encoding.ASCII.GetString(RandomNumberGenerator.GetBytes(length).Select(b => (byte)(32 + (b % 95))).ToArray());
                var encrypted = crypto.Encrypt(message);
                Assert.Equal(0, Convert.FromBase64String(encrypted).Length % 32);
                Assert.Equal(message, crypto.Decrypt(crypto.Signature("1700000000", "nonce", encrypted), "1700000000", "nonce", encrypted));
            }
        }
    }

    [Fact]
    public void EncryptThenDecrypt_KeepsChineseText()
    {
        var v = CryptoVector.Named("ai-bot-json-group-mention");
        var crypto = For(v);
        const string message = """{"msgtype":"text","text":{"content":"@幸福里助手 3幢电梯又坏了"}}""";

        var encrypted = crypto.Encrypt(message);

        Assert.Equal(message, crypto.Decrypt(crypto.Signature("1", "2", encrypted), "1", "2", encrypted));
    }
}
