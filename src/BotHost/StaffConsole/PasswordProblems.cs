namespace BuildingBot.BotHost.StaffConsole;

/// <summary>Identity's password errors (by code) in the words staff read.</summary>
internal static class PasswordProblems
{
    public static string ToChinese(string code) => code switch
    {
        "PasswordMismatch" => "当前密码不正确。",
        "PasswordTooShort" => "新密码至少需要 10 位。",
        "PasswordRequiresDigit" => "新密码需要包含数字。",
        "PasswordRequiresLower" => "新密码需要包含小写字母。",
        "PasswordRequiresUniqueChars" => "新密码至少需要 4 种不同的字符。",
        _ => "新密码不符合要求。",
    };
}
