namespace BuildingBot.Dialogs;

/// <summary>Settings of the conversation engine (section "Dialogs").</summary>
public sealed class DialogsOptions
{
    public const string Section = "Dialogs";

    /// <summary>Messages a person may send in <see cref="RateWindow"/> before they are ignored.</summary>
    public int MessagesPerWindow { get; set; } = 20;

    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Channel users treated as admins in chat, as "Channel:userId" (e.g. "WeCom:ZhangSan").</summary>
    public IList<string> AdminUserIds { get; } = [];

    /// <summary>How long a turn waits for the same person's previous turn to finish.</summary>
    public TimeSpan TurnLockTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How often a turn is rerun after losing an ETag race before giving up.</summary>
    public int MaxStateConflicts { get; set; } = 5;
}
