namespace BuildingBot.Dialogs.Turns;

/// <summary>A file that came with a message or goes with a reply, by reference.</summary>
public sealed record Attachment(string ContentType, string Url, string? Name = null)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
}
