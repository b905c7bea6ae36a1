namespace BuildingBot.WeCom.Crypto;

/// <summary>A callback failed a check; the message names the check and code, never keys or plaintext.</summary>
public sealed class WeComCryptoException : Exception
{
    public WeComCryptoException()
    {
    }

    public WeComCryptoException(string message)
        : base(message)
    {
    }

    public WeComCryptoException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WeComCryptoException(WeComCryptoError error, string message, Exception? innerException = null)
        : base($"{message} ({(int)error})", innerException)
    {
        Error = error;
    }

    public WeComCryptoError Error { get; }
}
