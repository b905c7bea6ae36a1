using BuildingBot.Community.Events;
using BuildingBot.Community.Governance;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Governance;

public static class GovernanceFeature
{
    /// <summary>五议两公开: 建议 in the chat, 同意 / 反对 / 弃权 on an open vote, and the messages matters cause.</summary>
    public static IServiceCollection AddGovernance(this IServiceCollection services)
    {
        services.AddScoped<IDomainEventConsumer<MatterChanged>, MatterNotifier>();
        services.AddDialog<SuggestDialog>(new DialogRoute(
            Intent.Suggest, SuggestDialog.DialogId, ["我有个建议", "我有一个建议", "建议:"], "小区议事：发“我有个建议：……”，表决时回复“同意”“反对”或“弃权”"));
        return services.AddDialog<VoteDialog>(new DialogRoute(
            Intent.Vote, VoteDialog.DialogId, ["同意", "反对", "弃权", "赞成", "不同意", "我投", "投", "我家", "我们家", "我同意", "我反对", "我弃权", "我不同意"], string.Empty));
    }
}
