using BuildingBot.Community.Channels;
using BuildingBot.Community.Identity;
using BuildingBot.Dialogs.Turns;
using Microsoft.Extensions.Options;

namespace BuildingBot.Dialogs.Middleware;

/// <summary>Resolves the sender to a resident, grid member, admin or unknown, and the group to its building.</summary>
public sealed class IdentityMiddleware(IIdentityDirectory directory, IOptions<DialogsOptions> options) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<Task> nextStep)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(nextStep);
        var activity = turn.Activity;
        var identity = await directory.ResolveAsync(
            new ChannelIdentity(activity.Channel, activity.From.Id),
            activity.IsGroup ? activity.Conversation.ConversationId : null,
            turn.CancellationToken).ConfigureAwait(false);
        if (options.Value.AdminUserIds.Contains($"{activity.Channel}:{activity.From.Id}", StringComparer.OrdinalIgnoreCase))
        {
            identity = identity with { Kind = SenderKind.Admin };
        }

        turn.Identity = identity;
        await nextStep().ConfigureAwait(false);
    }
}
