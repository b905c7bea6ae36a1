using BuildingBot.Community.Events;
using BuildingBot.Community.Party;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.Party;

/// <summary>
/// Tells a party member privately, in the unit of work that saves the confirmation, that the community confirmed their
/// 在职党员报到 and what now counts towards their monthly service record. One message per registration.
/// </summary>
public sealed class PartyNotifier(IOutbox outbox) : IDomainEventConsumer<PartyMemberConfirmed>
{
    public async Task HandleAsync(PartyMemberConfirmed domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var registration = domainEvent.Registration;
        if (registration.Resident?.ChannelUserId is not { } userId)
        {
            return;
        }

        await outbox.AddAsync(
        [
            new OutgoingMessage
            {
                Conversation = ConversationReference.Private(registration.Resident.Channel, userId),
                Text = $"社区已确认您的在职党员报到（{registration.WorkplaceBranch}，服务岗位 {registration.Post.ToChinese()}）。" +
                    "从现在起，您参加志愿活动签到和邻里互助的服务时长会计入每月服务记录，可供单位党组织查阅。感谢您为小区出力！",
                IdempotencyKey = $"party:{registration.Id}:confirmed",
            },
        ], cancellationToken).ConfigureAwait(false);
    }
}
