using System.Text.RegularExpressions;

namespace BuildingBot.Community.People;

/// <summary>
/// A phone number. The full number is only available through <see cref="Reveal"/>, for the
/// grid member a resident allowed to call them; every other read (ToString, logs, lists) shows
/// the masked form 138****5678.
/// </summary>
public readonly partial record struct PhoneNumber
{
    private readonly string _digits;

    private PhoneNumber(string digits) => _digits = digits;

    public string Masked => Mask(_digits ?? string.Empty);

    public string Reveal() => _digits ?? string.Empty;

    /// <summary>Accepts mainland mobiles (11 digits, 1[3-9]…) and landlines (0区号-号码), with spaces or dashes.</summary>
    public static bool TryParse(string? text, out PhoneNumber phone)
    {
        phone = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal);
        if (compact.StartsWith("+86", StringComparison.Ordinal))
        {
            compact = compact[3..];
        }

        if (!MobileOrLandline().IsMatch(compact))
        {
            return false;
        }

        phone = new PhoneNumber(compact);
        return true;
    }

    /// <summary>For stored values only.</summary>
    public static PhoneNumber FromStored(string digits) => new(digits);

    public override string ToString() => Masked;

    private static string Mask(string digits) => digits.Length switch
    {
        0 => string.Empty,
        < 7 => new string('*', digits.Length),
        _ => string.Concat(digits.AsSpan(0, 3), new string('*', digits.Length - 7), digits.AsSpan(digits.Length - 4)),
    };

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{9,11})$")]
    private static partial Regex MobileOrLandline();
}
