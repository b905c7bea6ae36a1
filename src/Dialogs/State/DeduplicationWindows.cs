namespace BuildingBot.Dialogs.State;

/// <summary>How long a claim and a handled mark last.</summary>
public static class DeduplicationWindows
{
    /// <summary>A claim whose turn never finished (crash) expires after this.</summary>
    public static readonly TimeSpan Processing = TimeSpan.FromMinutes(2);

    /// <summary>Channels retry within minutes; a day is plenty.</summary>
    public static readonly TimeSpan Done = TimeSpan.FromHours(24);
}
