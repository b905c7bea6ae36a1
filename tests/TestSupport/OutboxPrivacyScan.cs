using System.Data.Common;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BuildingBot.TestSupport;

/// <summary>
/// Reads every group message a test database's outbox holds before the database is thrown away
/// (<see cref="TemporaryFolder"/>, <see cref="PostgresDatabase"/>) and fails the test when one carries a
/// phone number, an ID or other long number, a room number or the name of a resident on the roster.
/// Its own rules, written apart from the product's redactor, so the two check each other.
/// </summary>
public static partial class OutboxPrivacyScan
{
    /// <summary>Throws when a group message in the database behind <paramref name="connection"/> leaks a personal detail.</summary>
    public static void AssertClean(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!HasTable(connection))
        {
            return;
        }

        var names = Read(connection, "SELECT \"DisplayName\" FROM \"Residents\"")
            .Where(n => n.Length >= 2 && n.All(c => c is >= '\u4E00' and <= '\u9FFF')).ToHashSet(StringComparer.Ordinal);
        var leaks = new List<string>();
        foreach (var payload in Read(connection, "SELECT \"Payload\" FROM \"OutboxMessages\" WHERE \"IsGroup\""))
        {
            var text = TextOf(payload);
            if (Leak(text, names) is { } leak)
            {
                leaks.Add($"{leak} in “{text}”");
            }
        }

        if (leaks.Count > 0)
        {
            throw new InvalidOperationException($"Group messages carry personal details:\n{string.Join('\n', leaks)}");
        }
    }

    /// <summary>The message's text; a payload that is no message (a poison row a test planted) is scanned whole.</summary>
    private static string TextOf(string payload)
    {
        try
        {
            return JsonDocument.Parse(payload).RootElement.GetProperty("text").GetString() ?? string.Empty;
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return payload;
        }
    }

    /// <summary>What in <paramref name="text"/> is a personal detail, or null.</summary>
    public static string? Leak(string text, IReadOnlySet<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);
        var ascii = text.Normalize(NormalizationForm.FormKC);
        var withoutOrders = OrderNumber().Replace(Date().Replace(ascii, " "), " ");
        var digits = SeparatedDigits().Matches(withoutOrders).Select(m => new string(m.Value.Where(char.IsAsciiDigit).ToArray()))
            .FirstOrDefault(d => d.Length >= 7);
        if (digits is not null)
        {
            return $"number {digits}";
        }

        if (Room().Match(ascii) is { Success: true } room)
        {
            return $"room {room.Value}";
        }

        return names.FirstOrDefault(n => text.Contains(n, StringComparison.Ordinal)) is { } name ? $"name {name}" : null;
    }

    private static bool HasTable(DbConnection connection)
    {
        try
        {
            return Read(connection, "SELECT COUNT(*) FROM \"OutboxMessages\" WHERE 1 = 0").Count == 1;
        }
        catch (DbException)
        {
            return false;
        }
    }

    private static List<string> Read(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return values;
    }

    [GeneratedRegex(@"[0-9](?:[\s\-()+]{0,2}[0-9])+")]
    private static partial Regex SeparatedDigits();

    [GeneratedRegex(@"WO-[0-9]{8}-[0-9]+", RegexOptions.IgnoreCase)]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"(?:19|20)[0-9]{2}[-/年.][0-9]{1,2}[-/月.][0-9]{1,2}日?")]
    private static partial Regex Date();

    [GeneratedRegex(@"[0-9]+\s*单元\s*[0-9]{2,4}|(?<![0-9])[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4}(?![0-9])|[0-9]{3,4}\s*(?:室|房)")]
    private static partial Regex Room();
}
