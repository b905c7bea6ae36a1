using BuildingBot.Community.Reports;

namespace BuildingBot.BotHost.StaffConsole.Reports;

/// <summary>The three rates with their page ids and their definitions (口径) in words, shown next to every figure.</summary>
internal static class RateDefinitions
{
    public static IReadOnlyList<(string Name, string Id, RateFigure Figure, string Definition)> Of(ServiceRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return
        [
            ("及时受理率", "timely", rates.TimelyAcceptance, "在接单时限内被承办网格员接单的工单数 ÷ 接单时限落在本期且已接单或已到时限的工单数（社区待派单、已撤销的工单不计）。"),
            ("按期办结率", "ontime", rates.OnTimeResolution, "本期在办结时限内办结的工单数 ÷（本期办结的工单数 + 办结时限在本期已过仍未办结的工单数）。"),
            ("满意率", "satisfied", rates.Satisfaction, "本期居民评价中“满意”与“基本满意”的条数 ÷ 本期全部评价条数（每次评价都计入，超时未评价的不计）。"),
        ];
    }
}
