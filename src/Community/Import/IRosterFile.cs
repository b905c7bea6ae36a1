using BuildingBot.Community.Persistence;

namespace BuildingBot.Community.Import;

/// <summary>One kind of roster file: its columns, and how its rows become upserts.</summary>
internal interface IRosterFile
{
    RosterKind Kind { get; }

    IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>
    /// Validates every row and stages the upserts in <paramref name="db"/> without saving; a row's
    /// problems are recorded on the row, and the caller discards everything when there are any.
    /// </summary>
    Task StageAsync(CsvTable table, CommunityDbContext db, CancellationToken cancellationToken);
}
