using BuildingBot.Community.Import;

namespace BuildingBot.BotHost.Admin;

/// <summary>The lower-case names of roster kinds used in URLs and on the command line.</summary>
internal static class RosterKindNames
{
    public static string All { get; } = string.Join(", ", Enum.GetNames<RosterKind>().Select(n => n.ToLowerInvariant()));

    public static bool TryParse(string? text, out RosterKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);
}
