using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.FollowUp;

public static class FollowUpFeature
{
    /// <summary>A reporter follows their orders: 查询进度, 评价 (满意 / 基本满意 / 不满意), 撤销.</summary>
    public static IServiceCollection AddFollowUp(this IServiceCollection services)
    {
        services.AddDialog<QueryProgressDialog>(new DialogRoute(
            Intent.QueryProgress, QueryProgressDialog.DialogId, ["查询进度", "进度"], "查询进度：看看您反映的问题处理到哪一步了"));
        services.AddDialog<RateOrderDialog>(new DialogRoute(
            Intent.Rate, RateOrderDialog.DialogId, ["满意", "基本满意", "不满意", "评价"], "评价：办结后回复“满意”“基本满意”或“不满意”"));
        return services.AddDialog<CancelOrderDialog>(new DialogRoute(
            Intent.CancelOrder, CancelOrderDialog.DialogId, ["撤销"], "撤销工单：发“撤销 工单号”"));
    }
}
