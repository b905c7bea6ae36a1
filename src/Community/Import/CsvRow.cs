namespace BuildingBot.Community.Import;

/// <summary>One data row of a roster file, with helpers that record a problem instead of throwing.</summary>
internal sealed class CsvRow(int number, IReadOnlyDictionary<string, string> fields, List<ImportProblem> problems)
{
    /// <summary>The spreadsheet row number (the header is row 1).</summary>
    public int Number { get; } = number;

    public string Optional(string column) => fields.TryGetValue(column, out var value) ? value.Trim() : string.Empty;

    public string Required(string column, int maxLength = 64)
    {
        var value = Optional(column);
        if (value.Length == 0)
        {
            Problem(column, "is empty");
        }
        else if (value.Length > maxLength)
        {
            Problem(column, $"is longer than {maxLength} characters");
        }

        return value;
    }

    /// <summary>Parses a value with <paramref name="parse"/>; records <paramref name="expected"/> when it fails.</summary>
    public T? Parse<T>(string column, Func<string, T?> parse, string expected, bool required = true)
        where T : struct
    {
        var text = Optional(column);
        if (text.Length == 0)
        {
            if (required)
            {
                Problem(column, "is empty");
            }

            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            Problem(column, $"'{Shorten(text)}' is not {expected}");
        }

        return value;
    }

    public void Problem(string column, string reason) => problems.Add(new ImportProblem(Number, column, reason));

    private static string Shorten(string text) => text.Length <= 20 ? text : string.Concat(text.AsSpan(0, 20), "…");
}
