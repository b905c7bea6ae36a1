using BuildingBot.Community.Configuration;
using BuildingBot.Community.Events;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// When a policy starts or changes: residents with a registered trip to that region (or a place inside it)
/// overlapping the new version's window get a private message with the change, and building groups that
/// follow the topic get a short notice (title, dates, how to ask) — unless the version's window has already
/// ended (<see cref="PolicyAudience"/>, which the console also asks before publishing). Everything goes through the outbox, keyed per (version, resident) and (version, group)
/// (<see cref="PolicyNotificationKeys"/>), so nobody hears the same change twice and admins can see who was told. The messages are added to the unit of work that saves the version, so the
/// policy and its notices are written together or not at all.
/// </summary>
public sealed class PolicyPushNotifier(
    PolicyAudience audience, IOutbox outbox, RegionDirectory regions, TimeProvider clock, CommunityTimeZone timeZone)
    : IDomainEventConsumer<PolicyVersionPublished>
{
    public async Task HandleAsync(PolicyVersionPublished domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var (policy, version) = (domainEvent.Policy, domainEvent.Version);
        var region = regions.Find(policy.RegionCode) ?? Region.National;
        var now = clock.GetUtcNow();
        var hit = new PolicyInForce(policy, version, region);
        var change = version.Number == 1 ? "新规定" : "变化";
        var (residents, groups) = await audience.OfAsync(policy, version, cancellationToken).ConfigureAwait(false);
        var messages = residents
            .Select(t => new OutgoingMessage
            {
                Conversation = ConversationReference.Private(t.Resident!.Channel, t.Resident.ChannelUserId!),
                Text = $"出行提醒：您登记了 {ChineseDateTime.Say(t.From, now, timeZone.Zone)} 去{regions.Find(t.RegionCode)?.Name ?? region.Name}，{region.Name}的政策有{change}：" +
                    $"{version.Told}\n—— {PolicyQuestionDialog.Citation(hit)}",
                IdempotencyKey = PolicyNotificationKeys.Resident(policy.Id, version.Number, t.ResidentId),
            })
            .ToList();

        messages.AddRange(groups.Select(g => new OutgoingMessage
        {
            Conversation = new ConversationReference(g.Channel, g.ChatId, ConversationKind.Group),
            Text = GroupNotice(policy, version, region, now),
            IdempotencyKey = PolicyNotificationKeys.Group(policy.Id, version.Number, g.Channel, g.ChatId),
        }));

        await outbox.AddAsync(messages, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"【政策提醒·出行】杭州市《…》有更新（第2版），12月1日起施行。…": no body, so the group is not flooded.</summary>
    private string GroupNotice(Policy policy, PolicyVersion version, Region region, DateTimeOffset now)
    {
        var from = ChineseDateTime.Say(version.EffectiveFrom, now, timeZone.Zone);
        var window = version.EffectiveTo is { } to ? $"{from}至{ChineseDateTime.Say(to, now, timeZone.Zone)}有效" : $"{from}起施行";
        var what = version.Number == 1 ? "新发布" : $"有更新（第{version.Number}版）";
        var example = policy.IsExample ? "（示例政策）" : string.Empty;
        return $"【政策提醒·{policy.Topic.Chinese()}】{region.Name}《{version.Title}》{what}，{window}，发布：{version.SourceIssuer}{example}。" +
            "想了解详情，@幸福里助手 直接问我即可。";
    }
}
