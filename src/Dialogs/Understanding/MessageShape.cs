using System.Text.RegularExpressions;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// How a message is put, read from its form rather than its topic: a notice passed on (转发：…, 【通知】…), words
/// addressed to neighbours (楼上的…, 各位…), and a pointer at the writer's own earlier report without its number
/// (上午说的那个, 上礼拜报的下水道) — one report, or all of them (我报过的几个单子).
/// </summary>
internal static partial class MessageShape
{
    public static bool IsNotice(string text) => Notice().IsMatch(text);

    public static bool AddressesNeighbours(string text) => Neighbours().IsMatch(text);

    public static bool RefersToEarlierReport(string text) => EarlierReport().IsMatch(text);

    /// <summary>An earlier report meant as one (那个, 报的下水道), not a list of them (几个, 都, 哪些).</summary>
    public static bool RefersToOneEarlierReport(string text) => RefersToEarlierReport(text) && !Several().IsMatch(text);

    // 转发：…, 【通知】…, 物业说明天停水…, …转给大家: passing on what someone else announced.
    [GeneratedRegex(@"^\s*(?:(?:转发|转|通知|公告|提醒|温馨提示|紧急通知|社区通知)\s*[:：]|【[^】]{1,10}】|转发一下|转一下|转个通知|(?:物业|网格员|居委会?|社区|街道|楼栋长|业委会|派出所)[^，。,\s]{0,3}?(?:说|讲|通知|发通知|刚发的)(?![了过]?(?:不|没))[^，。,\s]{0,4}?(?:明天|后天|今天|今晚|下周|下礼拜|本周|这周|周[一二三四五六日]|礼拜|[0-9一二三四五六七八九十]+[号日点]|要来|上门|会来))|转给大家|告诉大家|跟大家说一声|大家互相转告|通知大家")]
    private static partial Regex Notice();

    [GeneratedRegex(@"^\s*(?:(?:楼上|楼下|对门|隔壁|[0-9]{3,4}|[0-9一二三四五六七八九十]{1,2}(?:楼|幢|栋|号楼))的(?:邻居|大哥|大姐|阿姨|叔叔|朋友)?(?:[\s,，!！]|$)|各位|大家好|邻居们|家人们|姐妹们|老伙计们|(?:张|王|李|赵|刘|陈|杨|黄|周|吴)(?:姐|哥|阿姨|叔|大爷|奶奶)[\s,，])")]
    private static partial Regex Neighbours();

    [GeneratedRegex(@"(?:之前|上次|上回|上趟|前几天|前两天|前天|前日|昨天|昨日|今早|早上|上午|下午|早先|刚才|刚刚|上礼拜|上星期|上周|上个月|上个礼拜|半个月前|一周前|礼拜[一二三四五六天日]|周[一二三四五六日])[^，。,.!！?？\s]{0,8}?(?:报|说|讲|反映|反应|提|投诉|找你们|登记|提交)(?:过|了)?[^，。,.!！?？\s]{0,6}?(?:的|嘅)|我(?:们家|妈|爸|家)?(?:报|反映|投诉|提交|登记)(?:过|了)?(?:的|嘅)(?:事|那|问题|单|工单|几|[^，。,\s]{0,6}(?:怎么|咋|有没有|修了|处理|还没|到哪|呢|了吗|没有))")]
    private static partial Regex EarlierReport();

    [GeneratedRegex(@"几个|几件|几张|几单|哪些|所有|全部|都(?:怎么|啥|什么|到)|清单|列一下|列个|一共")]
    private static partial Regex Several();
}
