using BuildingBot.Community.Channels;
using BuildingBot.Community.Simulator;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.BotHost.Simulator;

/// <summary>The simulator channel's delivery: the bot's outbox messages become chat lines on the page.</summary>
internal sealed class SimulatorSender(IServiceScopeFactory scopes, TimeProvider clock) : IChannelSender
{
    public const string BotName = "幸福里助手";

    public ChatChannel Channel => ChatChannel.Simulator;

    public Task<IReadOnlyList<DeliveryLimit>> LimitsForAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DeliveryLimit>>([]);

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SimulatorTranscript>().AddAsync(new SimulatorMessage
        {
            ConversationId = message.Conversation.ConversationId,
            IsGroup = message.Conversation.Kind == ConversationKind.Group,
            SenderId = string.Empty,
            SenderName = BotName,
            FromBot = true,
            Text = message.Text,
            Images = SimulatorImageColumn.Write([.. message.Attachments.Where(a => a.IsImage).Select(a => a.Url)]),
            MentionName = message.Mention?.Name,
            Buttons = message.Buttons.Count == 0 ? null : SimulatorMessageView.SerializeButtons(message.Buttons),
            CreatedAt = clock.GetUtcNow(),
        }, cancellationToken);
        return DeliveryResult.Delivered;
    }
}
