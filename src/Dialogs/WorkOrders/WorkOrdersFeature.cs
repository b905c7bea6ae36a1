using BuildingBot.Community.Events;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.WorkOrders;

public static class WorkOrdersFeature
{
    /// <summary>
    /// Work orders in the chat: the notifier that tells reporters and grid members about every change, and the grid
    /// members' commands (接单 / 转派 / 办结 / 退回, 我的工单).
    /// </summary>
    public static IServiceCollection AddWorkOrders(this IServiceCollection services)
    {
        services.AddScoped<IDomainEventConsumer<WorkOrderChanged>, WorkOrderNotifier>();
        services.AddDialog<GridCommandDialog>(new DialogRoute(
            Intent.GridAccept, GridCommandDialog.DialogId, [], "网格员：接单 / 转派 / 办结 / 退回 工单号，我的工单"));
        foreach (var intent in new[] { Intent.GridTransfer, Intent.GridResolve, Intent.GridReturn, Intent.GridMyOrders })
        {
            services.AddSingleton(new DialogRoute(intent, GridCommandDialog.DialogId, [], string.Empty));
        }

        return services;
    }
}
