using System.Security.Cryptography;

namespace BuildingBot.Community.Places;

/// <summary>
/// 百姓码: ten characters of Crockford base32 (50 random bits) drawn from a
/// cryptographic generator, so a code reveals nothing about the household and cannot be guessed
/// from a neighbour's.
/// </summary>
public readonly record struct HouseholdCode
{
    public const int Length = 10;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private HouseholdCode(string value) => Value = value;

    public string Value { get; }

    public static HouseholdCode New() => new(RandomNumberGenerator.GetString(Alphabet, Length));

    /// <summary>Parses user input, ignoring case, spaces and dashes; I/L read as 1 and O as 0.</summary>
    public static bool TryParse(string? text, out HouseholdCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[Length];
        var count = 0;
        foreach (var raw in text)
        {
            if (raw is ' ' or '-')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw) switch
            {
                'I' or 'L' => '1',
                'O' => '0',
                var other => other,
            };
            if (count == Length || !Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }

            buffer[count++] = c;
        }

        if (count != Length)
        {
            return false;
        }

        code = new HouseholdCode(new string(buffer));
        return true;
    }

    /// <summary>For stored values only; user input goes through <see cref="TryParse"/>.</summary>
    public static HouseholdCode FromStored(string value) => new(value);

    public override string ToString() => Value ?? string.Empty;
}
