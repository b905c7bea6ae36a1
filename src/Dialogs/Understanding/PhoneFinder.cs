using System.Text.RegularExpressions;
using BuildingBot.Community.People;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>Mainland mobile numbers in free text, also written with spaces or dashes (138 1234 5678).</summary>
internal static partial class PhoneFinder
{
    public static IReadOnlyList<PhoneNumber> FindAll(string text) =>
        Mobile().Matches(text)
            .Select(m => PhoneNumber.TryParse(m.Value, out var phone) ? phone : (PhoneNumber?)null)
            .OfType<PhoneNumber>()
            .ToList();

    [GeneratedRegex(@"(?<![0-9])1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])")]
    private static partial Regex Mobile();
}
