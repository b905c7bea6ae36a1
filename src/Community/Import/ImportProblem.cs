namespace BuildingBot.Community.Import;

/// <summary>One thing wrong with a roster file: the spreadsheet row (the header is row 1), the column and why.</summary>
public sealed record ImportProblem(int Row, string Column, string Reason)
{
    public override string ToString() => $"row {Row}, column {Column}: {Reason}";
}
