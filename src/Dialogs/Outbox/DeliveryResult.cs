namespace BuildingBot.Dialogs.Outbox;

/// <summary>What a channel did with a message; errors are English and free of secrets and personal details.</summary>
public sealed record DeliveryResult(DeliveryStatus Status, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static DeliveryResult Delivered { get; } = new(DeliveryStatus.Delivered);

    public static DeliveryResult Transient(string error, TimeSpan? retryAfter = null) => new(DeliveryStatus.TransientFailure, error, retryAfter);

    public static DeliveryResult Permanent(string error) => new(DeliveryStatus.PermanentFailure, error);

    public static DeliveryResult NoRoute(string error) => new(DeliveryStatus.NoRoute, error);
}
