namespace BuildingBot.WeCom.Callbacks;

/// <summary>
/// WeCom's ids (msgid, userid, chatid) are short (a userid at most 64 bytes, a msgid some twenty characters) and never
/// hold control characters; a callback whose ids do not look so is refused (the inbox keys and targets are built from them).
/// </summary>
internal static class CallbackIds
{
    public const int MaxLength = 128;

    public static string? Check(string? id, string name) =>
        id is null ? null
        : id.Length > MaxLength ? throw new CallbackRejectedException("parse", $"'{name}' is longer than {MaxLength} characters")
        : id.Any(char.IsControl) ? throw new CallbackRejectedException("parse", $"'{name}' has control characters")
        : id;
}
