using BuildingBot.Community.People;
using BuildingBot.Community.Privacy;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Phone numbers in free text, in every form the redactor knows (138 1234 5678, +86-138…, full-width digits,
/// landlines such as 0571-88886666): what the bot may read from a message is what it would hide in a group.
/// </summary>
internal static class PhoneFinder
{
    private static readonly HashSet<string> NoNames = [];

    public static IReadOnlyList<PhoneNumber> FindAll(string text) =>
        PersonalDetailFinder.Find(text, NoNames)
            .Where(d => d.Kind == DetailKind.Phone)
            .Select(d => PhoneNumber.TryParse(d.Digits, out var phone) ? phone : (PhoneNumber?)null)
            .OfType<PhoneNumber>()
            .ToList();
}
