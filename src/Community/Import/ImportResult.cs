namespace BuildingBot.Community.Import;

/// <summary>What an import did; when it has problems, nothing was written.</summary>
public sealed record ImportResult(RosterKind Kind, int Rows, int Created, int Updated, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static ImportResult Rejected(RosterKind kind, int rows, IReadOnlyList<ImportProblem> problems) =>
        new(kind, rows, 0, 0, problems);
}
