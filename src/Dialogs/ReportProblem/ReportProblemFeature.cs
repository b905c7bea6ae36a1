using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.ReportProblem;

public static class ReportProblemFeature
{
    /// <summary>报事 / 报修 / 求助: a resident's problem becomes a work order.</summary>
    public static IServiceCollection AddReportProblem(this IServiceCollection services) =>
        services.AddDialog<ReportProblemDialog>(new DialogRoute(
            Intent.ReportProblem, ReportProblemDialog.DialogId, ["报事", "报修", "求助"], "报事：直接说遇到的问题，例如“3幢电梯坏了”"));
}
