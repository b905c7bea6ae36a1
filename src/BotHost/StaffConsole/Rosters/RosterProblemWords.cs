using System.Text.RegularExpressions;
using BuildingBot.Community.Import;

namespace BuildingBot.BotHost.StaffConsole.Rosters;

/// <summary>
/// The importer's problems (English, as the admin API answers) said in Chinese for the console, with the column's
/// Chinese name; a reason this table does not know is shown as it is rather than lost.
/// </summary>
internal static class RosterProblemWords
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["community"] = "社区", ["compound_code"] = "小区代码", ["compound_name"] = "小区名称", ["building_code"] = "楼栋代码",
        ["building_name"] = "楼栋名称", ["units"] = "单元数", ["party_branch"] = "党支部", ["party_group"] = "党小组", ["unit"] = "单元",
        ["room"] = "房号", ["name"] = "姓名", ["phone"] = "电话", ["party_member"] = "党员", ["channel"] = "渠道",
        ["channel_user_id"] = "渠道用户ID", ["grid_code"] = "网格代码", ["grid_name"] = "网格名称", ["building_codes"] = "楼栋代码列表",
        ["role"] = "角色", ["chat_id"] = "群ID", ["group_name"] = "群名称", ["delivery_mode"] = "发送方式", ["webhook_key"] = "机器人 key",
        ["owner_user_id"] = "群主ID", ["(file)"] = "整个文件", ["(header)"] = "表头",
    };

    private static readonly (Regex Pattern, string Chinese)[] Reasons =
    [
        (Rx("^is empty$"), "不能为空"),
        (Rx("^is longer than (\\d+) characters$"), "超过 $1 个字"),
        (Rx("^'(.*)' is not a number of units from 1 to 50$"), "“$1”不是 1 到 50 之间的单元数"),
        (Rx("^'(.*)' is not a unit number$"), "“$1”不是单元号"),
        (Rx("^'(.*)' is not 是, 否, yes, no, 1 or 0$"), "“$1”应填 是 或 否"),
        (Rx("^'(.*)' is not wecom .*$"), "“$1”应填 wecom（企业微信）或 simulator（模拟器）"),
        (Rx("^'(.*)' is not 网格员, 网格长, 楼栋长 or 调解员$"), "“$1”应填 网格员、网格长、楼栋长 或 调解员"),
        (Rx("^'(.*)' is not robot_webhook .*$"), "“$1”应填 robot_webhook（群机器人）、customer_group（客户群群发）、app_chat（应用群聊）或 simulator"),
        (Rx("^'(.*)' is not (.*)$"), "“$1”格式不对"),
        (Rx("^column is missing from the header$"), "表头缺少这一列"),
        (Rx("^is not UTF-8.*$"), "不是 UTF-8 编码：请在表格软件中另存为“CSV UTF-8”"),
        (Rx("^the file is empty.*$"), "文件是空的：第一行应为列名"),
        (Rx("^has no data rows$"), "只有表头，没有数据行"),
        (Rx("^has a quote that is never closed.*$"), "引号没有闭合，后面的内容都被读进了这一格：请补上引号，或把格内的引号写成两个（\"\"）"),
        (Rx("^has a stray quote.*$"), "有多余的引号：含引号的格子要整体加引号，格内的引号写成两个（\"\"）"),
        (Rx("^building (.+) of compound (.+) is not known; import it in the buildings file first$"), "小区 $2 没有楼栋 $1：请先导入小区与楼栋文件"),
        (Rx("^building (.+) of compound (.+) is already on row (\\d+)$"), "小区 $2 的楼栋 $1 已在第 $3 行"),
        (Rx("^building (.+) of compound (.+) is not known$"), "小区 $2 没有楼栋 $1"),
        (Rx("^building (.+) is already in grid (.+) on row (\\d+)$"), "楼栋 $1 已在第 $3 行划入网格 $2"),
        (Rx("^compound (.+) belongs to (.*), not (.+)$"), "小区 $1 属于“$2”，不属于“$3”"),
        (Rx("^needs the compound's party_branch$"), "填了党小组就要填小区的党支部"),
        (Rx("^repeats row (\\d+)$"), "与第 $1 行重复"),
        (Rx("^grid (.+) is not known; import the grids file first$"), "没有网格 $1：请先导入网格文件"),
        (Rx("^grid (.+) belongs to another community$"), "网格 $1 属于另一个社区"),
        (Rx("^(.+) is not covered by grid (.+)$"), "$1 不在网格 $2 内"),
        (Rx("^(.+) is not known; import the buildings file first$"), "没有社区“$1”：请先导入小区与楼栋文件"),
        (Rx("^should list building codes such as .*$"), "应写楼栋代码，如 1;2;3 或 1-6"),
        (Rx("^is not a mobile \\(11 digits\\) or landline number$"), "不是手机号（11 位）或固定电话"),
        (Rx("^(.+) has no unit (\\d+)$"), "$1 没有 $2 单元"),
        (Rx("^is empty but the row has a phone or channel_user_id$"), "这一行有电话或渠道用户ID，姓名不能为空"),
        (Rx("^is already used by (.+)$"), "已被 $1 使用"),
        (Rx("^is needed for a robot_webhook group.*$"), "群机器人（robot_webhook）必须填机器人 key（群机器人 → 添加机器人 → Webhook 地址的 key）"),
        (Rx("^(\\w+) does not fit channel (\\w+)$"), "发送方式 $1 与渠道 $2 不符"),
        (Rx("^another change to the same records was saved at the same time.*$"), "有人同时修改了这些记录：请重新导入"),
        (Rx("^the database refused to save the roster.*$"), "数据库拒绝保存（原因见服务器日志），未写入任何数据"),
    ];

    public static string Column(string column) =>
        Columns.TryGetValue(column, out var chinese) ? (column.StartsWith('(') ? chinese : $"{chinese}（{column}）") : column;

    public static string Reason(ImportProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        foreach (var (pattern, chinese) in Reasons)
        {
            if (pattern.IsMatch(problem.Reason))
            {
                return pattern.Replace(problem.Reason, chinese);
            }
        }

        return problem.Reason;
    }

    /// <summary>"第 3 行" for a row, "整个文件" when the problem is the file's (row 0).</summary>
    public static string Row(ImportProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Row > 0 ? $"第 {problem.Row} 行" : "—";
    }

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
}
