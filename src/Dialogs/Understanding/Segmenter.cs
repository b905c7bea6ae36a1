using System.Text.RegularExpressions;
using JiebaNet.Segmenter.FinalSeg;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Chinese word segmentation as jieba cuts, with the words of this domain added to its dictionary: the most probable
/// route through the words of jieba's dictionary, and jieba.NET's hidden Markov model for a run of characters the
/// dictionary does not join. The dictionary is held as a <see cref="WordTrie"/> instead of jieba.NET's own (which keeps
/// every word and every prefix of one as a string, about 50 MB per process); tests hold every cut to jieba.NET's.
/// Loading the dictionary takes about a second; one shared dictionary serves every instance.
/// </summary>
public sealed partial class Segmenter
{
    internal static readonly string[] DomainWords =
    [
        "报事", "报修", "网格员", "网格长", "楼栋长", "百姓码", "红色星期天", "我的工单", "接单", "转派", "办结", "退回",
        "楼道灯", "单元门", "消防通道", "高空抛物", "电动车", "充电桩", "居家养老", "老年食堂", "家庭医生", "化粪池", "下水道",
    ];

    /// <summary>
    /// Adding a word raises the dictionary's total count, which every later cut reads, so the domain words are added once,
    /// in this order, when the dictionary is read: added per instance, how a text is cut would depend on how many
    /// segmenters the process had built before.
    /// </summary>
    private static readonly Lazy<WordTrie> SharedDictionary = new(() =>
    {
        var dictionary = WordTrie.Read(Path.Combine(AppContext.BaseDirectory, "Resources", "dict.txt"), DomainWords);
        foreach (var word in DomainWords)
        {
            AddWord(dictionary, word);
        }

        return dictionary;
    });

    private readonly WordTrie _dictionary;

    public Segmenter() => _dictionary = SharedDictionary.Value;

    public IReadOnlyList<string> Cut(string text)
    {
        var words = new List<string>();
        Cut(_dictionary, text, withModel: true, words);
        words.RemoveAll(string.IsNullOrWhiteSpace);
        return words;
    }

    /// <summary>The words, each long word followed by the shorter words within it (居民身份证: 居民, 身份, 身份证, 居民身份证), for indexing.</summary>
    public IReadOnlyList<string> CutForSearch(string text)
    {
        var words = Cut(text);
        var result = new List<string>(words.Count * 2);
        foreach (var word in words)
        {
            AddKnownParts(word, 2, result);
            AddKnownParts(word, 3, result);
            result.Add(word);
        }

        return result;
    }

    /// <summary>Each run of Han characters, Latin letters, digits and the signs that join them is cut by the dictionary; each
    /// whitespace stays one piece and every other character is a word of its own.</summary>
    private static void Cut(WordTrie dictionary, string text, bool withModel, List<string> into)
    {
        var at = 0;
        foreach (var run in WordRun().EnumerateMatches(text))
        {
            CutBetweenRuns(text[at..run.Index], into);
            CutRun(dictionary, text.Substring(run.Index, run.Length), withModel, into);
            at = run.Index + run.Length;
        }

        CutBetweenRuns(text[at..], into);
    }

    private static void CutBetweenRuns(string text, List<string> into)
    {
        var at = 0;
        foreach (var space in Space().EnumerateMatches(text))
        {
            into.AddRange(text[at..space.Index].Select(c => c.ToString()));
            into.Add(text.Substring(space.Index, space.Length));
            at = space.Index + space.Length;
        }

        into.AddRange(text[at..].Select(c => c.ToString()));
    }

    /// <summary>
    /// Follows the most probable route through the run. Consecutive characters the route takes one by one are joined by the
    /// hidden Markov model when <paramref name="withModel"/> and they are not a word of the dictionary themselves; without
    /// the model only consecutive single Latin letters and digits are joined.
    /// </summary>
    private static void CutRun(WordTrie dictionary, string run, bool withModel, List<string> into)
    {
        var ends = BestRoute(dictionary, run);
        var single = -1;
        for (var at = 0; at < run.Length; at = ends[at])
        {
            var length = ends[at] - at;
            var joinsNext = withModel ? length == 1 : length == 1 && char.IsAsciiLetterOrDigit(run[at]);
            if (joinsNext)
            {
                single = single < 0 ? at : single;
                continue;
            }

            if (single >= 0)
            {
                AddSingles(dictionary, run[single..at], withModel, into);
                single = -1;
            }

            into.Add(run.Substring(at, length));
        }

        if (single >= 0)
        {
            AddSingles(dictionary, run[single..], withModel, into);
        }
    }

    private static void AddSingles(WordTrie dictionary, string singles, bool withModel, List<string> into)
    {
        if (!withModel || singles.Length == 1)
        {
            into.Add(singles);
        }
        else if (dictionary.Contains(singles))
        {
            into.AddRange(singles.Select(c => c.ToString()));
        }
        else
        {
            into.AddRange(Viterbi.Instance.Cut(singles));
        }
    }

    /// <summary>
    /// For each position, where the word that starts there ends on the most probable route to the end of the run: a word's
    /// weight is log(count / total), a character no word starts with counts 1, and of equal routes the shorter first word wins.
    /// </summary>
    private static int[] BestRoute(WordTrie dictionary, string run)
    {
        var ends = new int[run.Length];
        var scores = new double[run.Length + 1];
        var logTotal = Math.Log(dictionary.Total);
        for (var start = run.Length - 1; start >= 0; start--)
        {
            var bestEnd = -1;
            var best = double.MinValue;
            var node = WordTrie.Root;
            for (var at = start; at < run.Length; at++)
            {
                node = dictionary.Child(node, run[at]);
                if (node < 0)
                {
                    break;
                }

                var count = dictionary.Count(node);
                if (count <= 0)
                {
                    continue;
                }

                var score = Math.Log(count) - logTotal + scores[at + 1];
                if (best < score)
                {
                    best = score;
                    bestEnd = at + 1;
                }
            }

            if (bestEnd < 0)
            {
                best = -logTotal + scores[start + 1];
                bestEnd = start + 1;
            }

            scores[start] = best;
            ends[start] = bestEnd;
        }

        return ends;
    }

    /// <summary>The parts of <paramref name="word"/> <paramref name="length"/> characters long that are words themselves, for a word longer than that.</summary>
    private void AddKnownParts(string word, int length, List<string> into)
    {
        if (word.Length <= length)
        {
            return;
        }

        for (var i = 0; i + length <= word.Length; i++)
        {
            if (_dictionary.Contains(word.AsSpan(i, length)))
            {
                into.Add(word.Substring(i, length));
            }
        }
    }

    /// <summary>
    /// Adds a word with the count jieba suggests: just enough for the word to beat the route through its own parts (cut
    /// without the model), or its count already, whichever is higher.
    /// </summary>
    private static void AddWord(WordTrie dictionary, string word)
    {
        var parts = new List<string>();
        Cut(dictionary, word, withModel: false, parts);
        var probability = 1d;
        foreach (var part in parts)
        {
            probability *= CountOrOne(dictionary, part) / dictionary.Total;
        }

        dictionary.SetCount(word, Math.Max((int)(probability * dictionary.Total) + 1, CountOrOne(dictionary, word)));
    }

    private static int CountOrOne(WordTrie dictionary, string word) => Math.Max(dictionary.CountOf(word), 1);

    [GeneratedRegex(@"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%·\-]+")]
    private static partial Regex WordRun();

    [GeneratedRegex(@"\r\n|\s")]
    private static partial Regex Space();
}
