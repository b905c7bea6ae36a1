namespace BuildingBot.WeCom.Callbacks;

/// <summary>WeCom's ids (msgid, userid, chatid) never hold control characters; a callback whose ids do is refused.</summary>
internal static class CallbackIds
{
    public static string? Check(string? id, string name) =>
        id is not null && id.Any(char.IsControl) ? throw new CallbackRejectedException("parse", $"'{name}' has control characters") : id;
}
