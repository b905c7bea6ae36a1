using BuildingBot.Community.Events;
using BuildingBot.Community.MutualHelp;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.Dialogs.MutualHelp;

/// <summary>
/// The messages a 邻里互助 post's changes cause, staged in the unit of work that saves the change: the post (no personal
/// details) to every building group of the compound; everything between poster and neighbours privately, and the
/// contacts only once both agreed. Keys per (post, what, recipient) keep each message single.
/// </summary>
public sealed class HelpNotifier(CommunityDbContext db, IOutbox outbox, IOptions<HelpOptions> options) : IDomainEventConsumer<HelpPostChanged>
{
    private readonly HelpOptions _options = options.Value;

    public async Task HandleAsync(HelpPostChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var (post, kind, neighbour) = (domainEvent.Post, domainEvent.Kind, domainEvent.ResidentId);
        var people = await PeopleAsync(post, neighbour, cancellationToken).ConfigureAwait(false);
        var poster = people.GetValueOrDefault(post.PosterResidentId);
        var other = neighbour is { } id ? people.GetValueOrDefault(id) : null;
        var n = post.Number;
        var messages = new List<OutgoingMessage>();
        void To(Resident? resident, string what, string text, params CardButton[] buttons)
        {
            if (resident?.ChannelUserId is { } user)
            {
                messages.Add(new OutgoingMessage
                {
                    Conversation = ConversationReference.Private(resident.Channel, user), Text = text, Buttons = buttons,
                    IdempotencyKey = $"help:{post.CompoundId}:{n}:{what}:{resident.Id}",
                });
            }
        }

        switch (kind)
        {
            case HelpEventKind.Posted:
                messages.AddRange(await ToGroupsAsync(post, cancellationToken).ConfigureAwait(false));
                break;
            case HelpEventKind.Answered:
                var sequence = post.Responses.First(r => r.ResidentId == neighbour).Sequence;
                To(poster, $"answered{sequence}",
                    post.Kind == HelpKind.Need
                        ? $"有邻居愿意帮您：{n}「{post.What}」。同意后，我会把双方的称呼和电话私下互相告知；不需要可以点“不用了”。"
                        : $"有邻居需要您的帮助：{n}「{post.What}」。同意后，我会把双方的称呼和电话私下互相告知；不方便可以点“不用了”。",
                    new CardButton("同意", $"同意 {n} 第{sequence}位"), new CardButton("不用了", $"不用了 {n} 第{sequence}位"));
                break;
            case HelpEventKind.Accepted:
                To(poster, "contact", Contact(post, other, post.Kind == HelpKind.Need));
                To(other, "contact", Contact(post, poster, post.Kind == HelpKind.Offer));
                foreach (var taken in post.Responses.Where(r => r.Status == HelpResponseStatus.Taken))
                {
                    To(people.GetValueOrDefault(taken.ResidentId), "taken", $"谢谢您愿意帮忙！{n}「{post.What}」已经有邻居接手了。");
                }

                break;
            case HelpEventKind.Declined:
                To(other, "declined", $"谢谢您！发布人这次不需要了（{n}「{post.What}」）。");
                break;
            case HelpEventKind.Confirmed:
                To(other, "credited", $"{n}「{post.What}」已确认完成，谢谢您的帮助！时间银行记入 {_options.HoursPerHelp:0.#} 小时、{_options.PointsPerHelp} 积分（发“我的积分”查看）。");
                break;
            case HelpEventKind.ConfirmationAsked:
                To(people.GetValueOrDefault(post.AskerResidentId ?? 0), "confirm", $"{n}「{post.What}」邻居帮好了吗？帮好了请点“已经帮好了”，对方会获得时间银行积分。",
                    new CardButton("已经帮好了", $"完成 {n}"));
                break;
            case HelpEventKind.Expired:
                To(poster, "expired", $"您发布的 {n}「{post.What}」已到期关闭。还需要的话可以重新发布。");
                break;
            case HelpEventKind.Withdrawn:
                foreach (var waiting in post.Responses.Where(r => r.Status == HelpResponseStatus.Waiting))
                {
                    To(people.GetValueOrDefault(waiting.ResidentId), "withdrawn", $"谢谢您！{n}「{post.What}」已被发布人撤销。");
                }

                break;
            case HelpEventKind.Reported:
                To(poster, "hidden", $"您发布的 {n} 被邻居举报，已暂时隐藏，社区工作人员核实后会告诉您结果。");
                break;
            case HelpEventKind.Restored:
                To(poster, "restored", $"经社区核实，您发布的 {n} 已恢复。");
                break;
            case HelpEventKind.Removed:
                To(poster, "removed", $"经社区核实，您发布的 {n} 不适合在邻里互助发布，已删除。");
                break;
        }

        await outbox.AddAsync(messages, cancellationToken).ConfigureAwait(false);
    }

    // 对方：王阿姨，电话 138…: sent privately to each side only after both agreed; never to a group, never logged.
    private static string Contact(HelpPost post, Resident? counterpart, bool counterpartHelps)
    {
        var name = counterpart?.DisplayName ?? "邻居";
        var phone = counterpart?.Phone is { } p ? $"电话 {p.Reveal()}" : "没有登记电话，可以在楼栋群里@对方约时间";
        var next = counterpartHelps
            ? $"帮好后请回复“完成 {post.Number}”，对方会获得时间银行积分。"
            : $"帮好后请对方回复“完成 {post.Number}”确认。";
        return $"双方都同意了，为你们牵线（{post.Number}「{post.What}」）：{name}，{phone}。{next}";
    }

    private async Task<Dictionary<int, Resident>> PeopleAsync(HelpPost post, int? neighbour, CancellationToken cancellationToken)
    {
        var ids = post.Responses.Select(r => r.ResidentId).Append(post.PosterResidentId).Concat(neighbour is { } n ? [n] : [])
            .Concat(post.PartnerResidentId is { } p ? [p] : []).Distinct().ToList();
        return await db.Residents.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<OutgoingMessage>> ToGroupsAsync(HelpPost post, CancellationToken cancellationToken)
    {
        var groups = await db.BuildingGroups.AsNoTracking().Where(g => g.Building!.CompoundId == post.CompoundId)
            .OrderBy(g => g.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var text = HelpText.Post(post);
        return
        [
            .. groups.Select(g => new OutgoingMessage
            {
                Conversation = new ConversationReference(g.Channel, g.ChatId, ConversationKind.Group), Text = text, Buttons = [HelpText.AnswerButton(post)],
                IdempotencyKey = $"help:{post.CompoundId}:{post.Number}:post:{g.Channel}:{g.ChatId}",
            }),
        ];
    }
}
