using System.Globalization;
using System.Text;

namespace BuildingBot.BotHost.Simulator;

/// <summary>A display name as people see it: no control or formatting characters (bidi overrides, bells), spaces collapsed.</summary>
internal static class SimulatorNames
{
    public static string Clean(string? name)
    {
        var builder = new StringBuilder();
        var space = false;
        foreach (var rune in (name ?? string.Empty).EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                space = builder.Length > 0;
                continue;
            }

            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                    or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                || rune == Rune.ReplacementChar)
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
