namespace BuildingBot.Dialogs.Outbox;

/// <summary>At most <see cref="Limit"/> deliveries under <see cref="Key"/> in any <see cref="Window"/>.</summary>
public sealed record DeliveryLimit(string Key, int Limit, TimeSpan Window);
