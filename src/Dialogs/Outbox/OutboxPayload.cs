using System.Text.Json;
using BuildingBot.Community.Outbox;
using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.Outbox;

/// <summary>Converts between an outgoing message and its outbox row.</summary>
internal static class OutboxPayload
{
    public static string TargetKey(ConversationReference conversation) => $"{conversation.Channel}:{conversation.Kind}:{conversation.ConversationId}";

    public static OutboxMessage ToRow(OutgoingMessage message, DateTimeOffset now) => new()
    {
        IdempotencyKey = message.IdempotencyKey ?? throw new ArgumentException("An outbox message needs an idempotency key", nameof(message)),
        Channel = message.Conversation.Channel,
        ConversationId = message.Conversation.ConversationId,
        IsGroup = message.Conversation.Kind == ConversationKind.Group,
        TargetKey = TargetKey(message.Conversation),
        Payload = JsonSerializer.Serialize(message, StateJson.Options),
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public static OutgoingMessage FromRow(OutboxMessage row) =>
        JsonSerializer.Deserialize<OutgoingMessage>(row.Payload, StateJson.Options)
        ?? throw new JsonException($"Outbox message {row.Id} has an empty payload");

    public static OutgoingMessage FromJson(string payload) =>
        JsonSerializer.Deserialize<OutgoingMessage>(payload, StateJson.Options) ?? throw new JsonException("An outbox payload is empty");
}
