namespace BuildingBot.Community.Party;

/// <summary>The Chinese names of the service posts, and the words that choose one (1, 志愿岗, 红色星期天 …).</summary>
public static class ServicePostNames
{
    public static string ToChinese(this ServicePost post) => post switch
    {
        ServicePost.BuildingCaptainAssistant => "楼栋长助理",
        ServicePost.Volunteer => "志愿岗",
        ServicePost.MutualHelp => "邻里互助",
        _ => "红色星期天",
    };

    /// <summary>The post a reply names: its number in the list (1–4) or its name, in full or in part.</summary>
    public static ServicePost? Parse(string? text)
    {
        var t = (text ?? string.Empty).Trim();
        return t switch
        {
            _ when t.StartsWith('1') || t.Contains("楼栋长", StringComparison.Ordinal) || t.Contains("助理", StringComparison.Ordinal) => ServicePost.BuildingCaptainAssistant,
            _ when t.StartsWith('2') || t.Contains("志愿", StringComparison.Ordinal) => ServicePost.Volunteer,
            _ when t.StartsWith('3') || t.Contains("互助", StringComparison.Ordinal) || t.Contains("邻里", StringComparison.Ordinal) => ServicePost.MutualHelp,
            _ when t.StartsWith('4') || t.Contains("红色", StringComparison.Ordinal) || t.Contains("紅色", StringComparison.Ordinal) || t.Contains("星期天", StringComparison.Ordinal) => ServicePost.RedSunday,
            _ => null,
        };
    }
}
