namespace BuildingBot.WeCom.Callbacks;

/// <summary>A callback that must be refused (bad signature, replay, too large, unparseable, not ours); the reason is for logs only.</summary>
public sealed class CallbackRejectedException : Exception
{
    public CallbackRejectedException()
    {
    }

    public CallbackRejectedException(string message)
        : base(message)
    {
    }

    public CallbackRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CallbackRejectedException(string reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>A short metric label: signature, replay, size, parse, receive-id.</summary>
    public string Reason { get; } = "parse";
}
