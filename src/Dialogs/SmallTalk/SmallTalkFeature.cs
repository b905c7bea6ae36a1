using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.SmallTalk;

public static class SmallTalkFeature
{
    /// <summary>Greetings, thanks and chit-chat addressed to the bot get a short, kind answer (no help line).</summary>
    public static IServiceCollection AddSmallTalk(this IServiceCollection services) =>
        services.AddDialog<SmallTalkDialog>(new DialogRoute(Intent.SmallTalk, SmallTalkDialog.DialogId, [], string.Empty));
}
