using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// When a policy starts or changes, residents with a registered trip to that region (or a place inside
/// it) overlapping the new version's window get a private message, through the outbox, keyed per
/// (version, resident) so nobody hears the same change twice.
/// </summary>
public sealed class PolicyPushNotifier(TripRegister trips, IOutbox outbox, RegionDirectory regions) : IPolicyChangeSink
{
    public async Task ChangedAsync(Policy policy, PolicyVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(version);
        var affected = await trips.TripsAffectedByAsync(policy, version, cancellationToken).ConfigureAwait(false);
        var place = regions.Find(policy.RegionCode)?.Name ?? policy.RegionCode;
        var hit = new PolicyInForce(policy, version, regions.Find(policy.RegionCode) ?? Region.National);
        var messages = affected.Where(t => t.Resident?.ChannelUserId is not null)
            .GroupBy(t => t.ResidentId).Select(g => g.First())
            .Select(t => new OutgoingMessage
            {
                Conversation = ConversationReference.Private(t.Resident!.Channel, t.Resident.ChannelUserId!),
                Text = $"出行提醒：您登记了 {t.From:M月d日} 去{regions.Find(t.RegionCode)?.Name ?? place}，{place}的政策有{(version.Number == 1 ? "新规定" : "变化")}：" +
                    $"{version.Body.Replace("【示例政策】", string.Empty, StringComparison.Ordinal)}\n—— {PolicyQuestionDialog.Citation(hit)}",
                IdempotencyKey = $"policy:{version.Id}:resident:{t.ResidentId}",
            })
            .ToList();
        await outbox.EnqueueAsync(messages, cancellationToken).ConfigureAwait(false);
    }
}
