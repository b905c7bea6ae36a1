using BuildingBot.Community.Events;
using BuildingBot.Community.MutualHelp;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.MutualHelp;

public static class MutualHelpFeature
{
    /// <summary>邻里互助: 求助 / 我可以帮忙 posts, 我来帮 and the commands on a post, and the messages posts cause.</summary>
    public static IServiceCollection AddMutualHelp(this IServiceCollection services)
    {
        services.AddScoped<IDomainEventConsumer<HelpPostChanged>, HelpNotifier>();
        services.AddDialog<HelpPostDialog>(new DialogRoute(
            Intent.HelpRequest, HelpPostDialog.DialogId, ["求助", "求帮忙"], "邻里互助：发“求助：……”请邻居帮忙，或“我可以帮忙……”；看到求助点“我来帮”"));
        services.AddSingleton(new DialogRoute(Intent.HelpOffer, HelpPostDialog.DialogId, ["我可以帮忙", "我能帮忙", "我可以帮"], string.Empty));
        return services.AddDialog<HelpReplyDialog>(new DialogRoute(
            Intent.HelpAnswer, HelpReplyDialog.DialogId, ["我来帮", "我需要", "举报", "完成", "撤销"], string.Empty));
    }
}
