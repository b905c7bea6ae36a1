namespace BuildingBot.Community.Import;

/// <summary>
/// What an import did; when it has problems, nothing was written. An answer lists at most
/// <see cref="MaxProblemsListed"/> of them; <see cref="ProblemCount"/> counts every problem found.
/// </summary>
public sealed record ImportResult(RosterKind Kind, int Rows, int Created, int Updated, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>How many problems an answer lists at most; the count says how many there were.</summary>
    public const int MaxProblemsListed = 200;

    public int ProblemCount { get; init; } = Problems?.Count ?? 0;

    public bool Succeeded => ProblemCount == 0;

    public static ImportResult Rejected(RosterKind kind, int rows, IReadOnlyList<ImportProblem> problems) =>
        new(kind, rows, 0, 0, problems);
}
