using System.Globalization;
using System.Text;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// A segmentation dictionary (each word with how often it occurs, as jieba's dict.txt lists them) as a trie in three flat
/// arrays: node 0 is the root, and the children of node n are the nodes from <c>_firstChild[n]</c> up to
/// <c>_firstChild[n + 1]</c>, in order of their character. A node's count is above 0 when its path spells a word; a
/// node with count 0 is only the beginning of longer words.
/// jieba.NET keeps the same dictionary as a string-keyed hash table holding every word and every prefix of one (half a
/// million strings, about 50 MB); this holds it in about 5 MB and is walked a character at a time, with no substrings.
/// </summary>
internal sealed class WordTrie
{
    public const int Root = 0;

    private readonly char[] _chars;
    private readonly int[] _firstChild;
    private readonly int[] _counts;

    private WordTrie(char[] chars, int[] firstChild, int[] counts, double total)
    {
        _chars = chars;
        _firstChild = firstChild;
        _counts = counts;
        Total = total;
    }

    /// <summary>The sum of every count read and set since, as jieba keeps it: a word's probability is its count over this.</summary>
    public double Total { get; private set; }

    /// <summary>The node for <paramref name="node"/>'s path followed by <paramref name="c"/>, or -1 when no word goes on that way.</summary>
    public int Child(int node, char c)
    {
        var first = _firstChild[node];
        var found = Array.BinarySearch(_chars, first, _firstChild[node + 1] - first, c);
        return found < 0 ? -1 : found;
    }

    public int Count(int node) => _counts[node];

    /// <summary>The count of <paramref name="word"/>, or 0 when it is not a word of the dictionary.</summary>
    public int CountOf(ReadOnlySpan<char> word)
    {
        var node = Find(word);
        return node < 0 ? 0 : _counts[node];
    }

    public bool Contains(ReadOnlySpan<char> word) => CountOf(word) > 0;

    /// <summary>Makes <paramref name="word"/> a word with <paramref name="count"/>, replacing its count in the total as jieba does.</summary>
    /// <exception cref="ArgumentException">The word was not given to <see cref="Read"/>, so it has no node.</exception>
    public void SetCount(string word, int count)
    {
        var node = Find(word);
        if (node < 0)
        {
            throw new ArgumentException($"'{word}' has no node: words to be added must be named when the dictionary is read.", nameof(word));
        }

        if (_counts[node] > 0)
        {
            Total -= _counts[node];
        }

        _counts[node] = count;
        Total += count;
    }

    /// <summary>
    /// Reads a dictionary of lines "word count [tag]" (a line with fewer parts is skipped; a word listed twice keeps its later
    /// count, and both count in the total). Each of <paramref name="wordsToAdd"/> gets a node with count 0, so that
    /// <see cref="SetCount"/> can make it a word later; a node with count 0 is walked through like any other prefix and never
    /// ends a word, so the cut is the same as if those nodes were not there.
    /// </summary>
    public static WordTrie Read(string path, IEnumerable<string> wordsToAdd)
    {
        var words = new List<string>();
        var counts = new List<int>();
        var total = 0d;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var parts = line.Split(' ');
            if (parts.Length < 2)
            {
                continue;
            }

            var count = int.Parse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture);
            words.Add(parts[0]);
            counts.Add(count);
            total += count;
        }

        foreach (var word in wordsToAdd)
        {
            words.Add(word);
            counts.Add(-1);
        }

        return Build(words, counts, total);
    }

    private int Find(ReadOnlySpan<char> word)
    {
        var node = Root;
        foreach (var c in word)
        {
            node = Child(node, c);
            if (node < 0)
            {
                return -1;
            }
        }

        return node;
    }

    /// <summary>
    /// Lays the words out breadth first: sorted by UTF-16 unit, the words below a node form one run in which the words sharing
    /// the next character are again runs, in that character's order, so each node's children get consecutive numbers.
    /// A count of -1 only asks for a node.
    /// </summary>
    private static WordTrie Build(List<string> words, List<int> counts, double total)
    {
        var order = Enumerable.Range(0, words.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byWord = string.CompareOrdinal(words[a], words[b]);
            return byWord != 0 ? byWord : a.CompareTo(b);
        });

        // One entry per distinct word, with the count of its last line (or 0 when it was only asked for).
        var sorted = new List<string>(order.Length);
        var sortedCounts = new List<int>(order.Length);
        foreach (var index in order)
        {
            var word = words[index];
            if (sorted.Count == 0 || !string.Equals(sorted[^1], word, StringComparison.Ordinal))
            {
                sorted.Add(word);
                sortedCounts.Add(0);
            }

            if (counts[index] >= 0)
            {
                sortedCounts[^1] = counts[index];
            }
        }

        var nodeChars = new List<char> { '\0' };
        var nodeCounts = new List<int> { sorted.Count > 0 && sorted[0].Length == 0 ? sortedCounts[0] : 0 };
        var firstChild = new List<int>();
        var runs = new List<(int Start, int End, int Depth)> { (0, sorted.Count, 0) };
        for (var node = 0; node < runs.Count; node++)
        {
            var (start, end, depth) = runs[node];
            firstChild.Add(runs.Count);
            if (start < end && sorted[start].Length == depth)
            {
                start++;
            }

            while (start < end)
            {
                var c = sorted[start][depth];
                var runEnd = start + 1;
                while (runEnd < end && sorted[runEnd][depth] == c)
                {
                    runEnd++;
                }

                nodeChars.Add(c);
                nodeCounts.Add(sorted[start].Length == depth + 1 ? sortedCounts[start] : 0);
                runs.Add((start, runEnd, depth + 1));
                start = runEnd;
            }
        }

        firstChild.Add(runs.Count);
        return new WordTrie([.. nodeChars], [.. firstChild], [.. nodeCounts], total);
    }
}
