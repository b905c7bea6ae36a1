using System.Text.RegularExpressions;
using BuildingBot.Community.Party;

namespace BuildingBot.Dialogs.Party;

/// <summary>What a 党员报到 message says: the workplace's party organisation (…党支部, …党委) and a service post by name.</summary>
public static partial class PartyWords
{
    /// <summary>市人民医院第二党支部 out of 党员报到，单位是市人民医院第二党支部; null when no organisation is named.</summary>
    public static string? Branch(string? text)
    {
        var match = Organisation().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        var name = Lead().Replace(match.Value, string.Empty);
        return name.Length >= 3 && name.Length <= PartyMemberRegistration.BranchLength && !name.StartsWith("社区", StringComparison.Ordinal) ? name : null;
    }

    /// <summary>A post named in words (not by number: a number in a first message is something else).</summary>
    public static ServicePost? Post(string? text) =>
        text is null ? null
        : text.Contains("楼栋长助理", StringComparison.Ordinal) ? ServicePost.BuildingCaptainAssistant
        : text.Contains("志愿岗", StringComparison.Ordinal) ? ServicePost.Volunteer
        : text.Contains("邻里互助", StringComparison.Ordinal) ? ServicePost.MutualHelp
        : text.Contains("红色星期天", StringComparison.Ordinal) || text.Contains("紅色星期天", StringComparison.Ordinal) ? ServicePost.RedSunday
        : null;

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}A-Za-z0-9（）()·]{2,40}?(?:党总支|党支部|党委|支部)")]
    private static partial Regex Organisation();

    [GeneratedRegex(@"^(?:(?:在职)?党员报到|报到|我是|我在|在|工作单位|单位|是|为|组织关系|来自|的)+")]
    private static partial Regex Lead();
}
