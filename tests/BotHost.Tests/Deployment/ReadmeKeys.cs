using System.Text.RegularExpressions;
using BuildingBot.TestSupport;

namespace BuildingBot.BotHost.Tests.Deployment;

/// <summary>
/// The configuration keys the README documents: every backticked key in the first column of its tables headed
/// <c>| key |</c>. Shorthands are expanded: <c>`…:Resolve`</c> is a sibling of the key before it, <c>`:1`</c> another index of
/// it (skipped — the <c>:0</c> form stands for the list), and a row of prefixes (<c>`Queues:Inbox:…`</c>) applies to the bare
/// names in the rows under it.
/// </summary>
internal static partial class ReadmeKeys
{
    public static IReadOnlySet<string> All { get; } = Read(File.ReadAllLines(RepositoryFiles.Path("README.md")));

    /// <summary><c>WeCom:App:Secret</c> as an environment variable: <c>WeCom__App__Secret</c>.</summary>
    public static string ToEnvironment(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    public static string FromEnvironment(string variable) => variable.Replace("__", ":", StringComparison.Ordinal);

    internal static HashSet<string> Read(IEnumerable<string> lines)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var inKeyTable = false;
        string[] prefixes = [];
        foreach (var line in lines)
        {
            if (!line.StartsWith('|'))
            {
                inKeyTable = false;
                prefixes = [];
                continue;
            }

            var first = line.Split('|')[1].Trim();
            if (first == "key")
            {
                inKeyTable = true;
                continue;
            }

            if (!inKeyTable)
            {
                continue;
            }

            var tokens = Backticked().Matches(first).Select(m => m.Groups[1].Value).ToList();
            if (tokens.Count > 0 && tokens.All(t => t.EndsWith(":…", StringComparison.Ordinal)))
            {
                prefixes = [.. tokens.Select(t => t[..^1])];
                continue;
            }

            string? previous = null;
            foreach (var token in tokens)
            {
                if (token.StartsWith(':'))
                {
                    continue;
                }

                var key = token.StartsWith("…:", StringComparison.Ordinal) && previous is not null
                    ? previous[..(previous.LastIndexOf(':') + 1)] + token[2..]
                    : token;
                if (!key.Contains(':', StringComparison.Ordinal) && prefixes.Length > 0)
                {
                    keys.UnionWith(prefixes.Select(p => p + key));
                }
                else
                {
                    keys.Add(key);
                }

                previous = key;
            }
        }

        return keys;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
