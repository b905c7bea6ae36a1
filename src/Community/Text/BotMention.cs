using System.Text.RegularExpressions;

namespace BuildingBot.Community.Text;

/// <summary>
/// Removes the bot's own @-mention from a message, wherever it stands and with the space WeChat and WeCom put after
/// it (often U+2005), so the recognizer reads what the person asked (<c>@幸福里助手 帮助</c> → <c>帮助</c>).
/// </summary>
public static class BotMention
{
    public static string Strip(string text, string botName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(botName);
        var stripped = Regex.Replace(text, $@"[@＠]{Regex.Escape(botName)}[\s\u2005\u00a0]*", " ", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return Regex.Replace(stripped, @"[ \t\u2005\u00a0]{2,}", " ", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).Trim();
    }

    public static bool Mentions(string text, string botName)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains($"@{botName}", StringComparison.Ordinal) || text.Contains($"＠{botName}", StringComparison.Ordinal);
    }
}
