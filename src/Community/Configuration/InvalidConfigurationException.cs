namespace BuildingBot.Community.Configuration;

/// <summary>A setting is missing or wrong; the message names the key to set and never its value.</summary>
public sealed class InvalidConfigurationException : Exception
{
    public InvalidConfigurationException()
    {
    }

    public InvalidConfigurationException(string message)
        : base(message)
    {
    }

    public InvalidConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InvalidConfigurationException(string key, string message, Exception? innerException = null)
        : base($"{message} (set {key})", innerException)
    {
        Key = key;
    }

    /// <summary>The configuration key to set, e.g. ConnectionStrings:Community.</summary>
    public string? Key { get; }
}
