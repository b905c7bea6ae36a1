using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Care;

public static class CareFeature
{
    /// <summary>大脚板走访: grid members record visits (走访 3-2-501 …) and turn a note into an order (转工单).</summary>
    public static IServiceCollection AddCare(this IServiceCollection services) =>
        services.AddDialog<VisitDialog>(new DialogRoute(Intent.RecordVisit, VisitDialog.DialogId, [], "网格员：走访 楼-单元-房号 情况，转工单"));
}
