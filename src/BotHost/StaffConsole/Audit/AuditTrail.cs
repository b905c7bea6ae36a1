using System.Text.RegularExpressions;

namespace BuildingBot.BotHost.StaffConsole.Audit;

/// <summary>
/// Per request: what the handler says it changed, for <see cref="AuditMiddleware"/> to write once the request is done.
/// Phone and ID numbers in the words are masked whatever the handler passes.
/// </summary>
public sealed partial class AuditTrail
{
    public string? Action { get; private set; }

    public string? Target { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public void Describe(string action, string? target = null, string? before = null, string? after = null)
    {
        Action = Scrub(action);
        Target = Scrub(target);
        Before = Scrub(before);
        After = Scrub(after);
    }

    /// <summary>Masks mainland mobiles, landlines and ID numbers; cuts the text to <see cref="AuditEntry.TextLength"/>.</summary>
    public static string? Scrub(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var masked = Personal().Replace(text, m => m.Value.Length <= 7 ? new string('*', m.Value.Length)
            : string.Concat(m.Value.AsSpan(0, 3), new string('*', m.Value.Length - 7), m.Value.AsSpan(m.Value.Length - 4)));
        return masked.Length > AuditEntry.TextLength ? masked[..AuditEntry.TextLength] : masked;
    }

    /// <summary>A mobile (1[3-9] + 9 digits), a landline (0 + 9–11 digits, a dash allowed after the area code) or an ID number, not inside a longer number.</summary>
    [GeneratedRegex(@"(?<![\dA-Za-z])(\d{17}[\dXx]|1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")]
    private static partial Regex Personal();
}
