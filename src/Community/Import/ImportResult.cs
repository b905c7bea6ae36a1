namespace BuildingBot.Community.Import;

/// <summary>
/// What an import did; when it has problems, nothing was written. <see cref="ProblemCount"/> counts every
/// problem found, also when <see cref="Problems"/> lists only the first ones.
/// </summary>
public sealed record ImportResult(RosterKind Kind, int Rows, int Created, int Updated, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>How many problems an answer lists at most; the count says how many there were.</summary>
    public const int MaxProblemsListed = 200;

    public int ProblemCount { get; init; } = Problems?.Count ?? 0;

    public bool Succeeded => ProblemCount == 0;

    public static ImportResult Rejected(RosterKind kind, int rows, IReadOnlyList<ImportProblem> problems) =>
        new(kind, rows, 0, 0, problems);

    /// <summary>The same result listing at most <paramref name="count"/> problems (the first, by row); the count stays whole.</summary>
    public ImportResult FirstProblems(int count) => Problems.Count <= count ? this : this with { Problems = [.. Problems.Take(count)] };
}
