namespace BuildingBot.Community.Care;

/// <summary>The programme's care tags and their visit intervals in days; a tag not listed starts at <see cref="OtherDays"/>.</summary>
public static class CareTagDefaults
{
    public const int OtherDays = 30;

    public static IReadOnlyDictionary<string, int> Days { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["独居老人"] = 7,
        ["空巢老人"] = 14,
        ["孕产妇"] = 14,
        ["留守儿童"] = 14,
        ["残疾人"] = 30,
        ["低保"] = 30,
    };

    /// <summary>独居老人、低保 / 独居老人;低保 / 独居老人,低保: the names in a roster cell or a form field.</summary>
    public static IReadOnlyList<string> Split(string? text) => (text ?? string.Empty)
        .Split(['、', ',', '，', ';', '；', '|', ' ', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.Ordinal).ToList();
}
