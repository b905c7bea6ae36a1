namespace BuildingBot.Dialogs.Core;

public sealed class DialogManagerOptions
{
    /// <summary>A dialog nobody answered for this long is ended at the next message.</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromMinutes(30);
}
