using System.Text.RegularExpressions;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// What residents say for what policies call otherwise (暂住证 for 居住证, 过路费 for 通行费, 跑外卖 for 灵活就业), and the
/// words that only set the scene of a question (老伴, 下个月, 听说), read from <c>Data/policy-terms.txt</c>. Texts are
/// expected normalised (<see cref="Understanding.ChineseText.Normalize"/>).
/// </summary>
public sealed class PolicyVocabulary
{
    /// <summary>Between the two halves of a split expression (身份证…到期): at most this many characters of one clause.</summary>
    private const int MaxGap = 6;

    private readonly Dictionary<string, string[]> _everyday;
    private readonly List<(Regex Pattern, string[] Words)> _split;
    private readonly HashSet<string> _circumstance;
    private readonly int _longest;

    private PolicyVocabulary(Dictionary<string, string[]> everyday, List<(Regex Pattern, string[] Words)> split, HashSet<string> circumstance)
    {
        _everyday = everyday;
        _split = split;
        _circumstance = circumstance;
        _longest = everyday.Keys.Max(t => t.Length);
        PolicyWords = everyday.Values.Concat(split.Select(s => s.Words)).SelectMany(w => w).ToHashSet(StringComparer.Ordinal);
    }

    public static PolicyVocabulary Shared { get; } = Load();

    /// <summary>The everyday expressions of a question (longest first at each position) with the policy words they stand for.</summary>
    public IReadOnlyList<PolicyPhrase> Phrases(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var phrases = LongestTerms.Find(normalized, _everyday, _longest).Select(t => new PolicyPhrase(t.Start, t.Length, t.Value)).ToList();
        foreach (var (pattern, words) in _split)
        {
            foreach (Match match in pattern.Matches(normalized))
            {
                if (!phrases.Any(p => p.Start < match.Index + match.Length && match.Index < p.Start + p.Length))
                {
                    phrases.Add(new PolicyPhrase(match.Index, match.Length, words));
                }
            }
        }

        return phrases;
    }

    /// <summary>Every policy word an everyday expression stands for (居住证, 大件垃圾, 预约清运).</summary>
    public IReadOnlySet<string> PolicyWords { get; }

    /// <summary>The word says who asks, when or how, not what about (老伴, 下个月, 听说, 伐).</summary>
    public bool IsCircumstance(string word) => _circumstance.Contains(word);

    private static PolicyVocabulary Load()
    {
        using var stream = typeof(PolicyVocabulary).Assembly.GetManifestResourceStream("BuildingBot.Dialogs.Policies.PolicyTerms.txt")
            ?? throw new InvalidOperationException("The embedded policy vocabulary is missing.");
        using var reader = new StreamReader(stream);
        var everyday = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var split = new List<(Regex, string[])>();
        var circumstance = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('~'))
            {
                circumstance.UnionWith(line[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var words = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var term in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (term.Split('…') is [var first, var second])
                {
                    split.Add((new Regex($"{Regex.Escape(first)}[^，。？！；,.?!;\\s]{{0,{MaxGap}}}?{Regex.Escape(second)}", RegexOptions.CultureInvariant), words));
                    continue;
                }

                everyday[term] = everyday.TryGetValue(term, out var known) ? [.. known.Union(words)] : words;
            }
        }

        return new PolicyVocabulary(everyday, split, circumstance);
    }
}
