namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>The account problems <see cref="StaffAccounts"/> reports (English, for the command line), in the console's Chinese.</summary>
internal static class AccountWords
{
    public static string Problem(string problem) => problem switch
    {
        _ when problem.StartsWith("Unknown role", StringComparison.Ordinal) => "请选择角色。",
        _ when problem.StartsWith("A ", StringComparison.Ordinal) && problem.Contains("needs --grid-member", StringComparison.Ordinal) => "网格长、网格员账号要选择对应的网格员。",
        _ when problem.StartsWith("No grid member", StringComparison.Ordinal) => "没有这位网格员。",
        _ when problem.StartsWith("WeCom userid", StringComparison.Ordinal) => "这个企业微信账号已经绑定在别的工作台账号上。",
        _ when problem.Contains("is already taken", StringComparison.Ordinal) => "这个用户名已经有人用了。",
        _ when problem.Contains("User name", StringComparison.Ordinal) && problem.Contains("invalid", StringComparison.Ordinal) => "用户名里有不能用的字符。",
        _ => $"没有保存：{problem}",
    };
}
