using BuildingBot.Dialogs.Understanding;
using BuildingBot.TestSupport;
using CsCheck;
using JiebaNet.Segmenter;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class SegmenterTests
{
    private static readonly Segmenter Segmenter = new();

    /// <summary>jieba.NET's own segmenter with the same domain words added, once, in the same order, to its one dictionary per process.</summary>
    private static readonly Lazy<JiebaSegmenter> Jieba = new(() =>
    {
        var jieba = new JiebaSegmenter();
        foreach (var word in Segmenter.DomainWords)
        {
            jieba.AddWord(word);
        }

        return jieba;
    });

    /// <summary>Every field of every line of the labelled corpora and the sample rosters and policies that holds a Han character.</summary>
    private static readonly string[] Texts = Directory.EnumerateFiles(RepositoryFiles.Path("corpus"), "*", SearchOption.AllDirectories)
        .Concat(Directory.EnumerateFiles(RepositoryFiles.Path("deploy/samples"), "*.csv"))
        .SelectMany(File.ReadLines)
        .SelectMany(line => line.Split('\t'))
        .Where(field => field.Any(c => c is >= '\u4E00' and <= '\u9FFF'))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// jieba.NET's dictionary is one per process. When every segmenter added the domain words to it again, each addition
    /// raised the dictionary's total count, and some reports were cut differently once enough segmenters had been built:
    /// the duplicates figures moved with the order tests ran in.
    /// </summary>
    [Fact]
    public void Cut_IsTheSame_HoweverManySegmentersWereBuiltBefore()
    {
        var texts = DuplicatePair.ReadPath(RepositoryFiles.Path("corpus/duplicates/train")).SelectMany(p => new[] { p.First, p.Second }).ToList();
        var first = new Segmenter();
        var before = texts.Select(t => string.Join('/', first.Cut(t))).ToList();

        for (var i = 0; i < 50; i++)
        {
            _ = new Segmenter();
        }

        var after = texts.Select(t => string.Join('/', new Segmenter().Cut(t))).ToList();
        Assert.Empty(texts.Where((_, i) => before[i] != after[i]));
    }

    [Fact]
    public void Cut_KeepsTheDomainWordsWhole()
    {
        var words = Segmenter.Cut("红色星期天网格员来看了楼道灯");

        Assert.Contains("红色星期天", words);
        Assert.Contains("网格员", words);
        Assert.Contains("楼道灯", words);
    }

    /// <summary>
    /// The segmenter keeps jieba's dictionary in its own trie and follows jieba's route through it; the words the
    /// classifiers and the policy search were built on must stay exactly jieba.NET's.
    /// </summary>
    [Fact]
    public void CutAndCutForSearch_AreJiebaNets_ForEveryTextOfTheCorpora()
    {
        Assert.True(Texts.Length > 5000, $"only {Texts.Length} texts were read");

        Assert.Empty(Texts.Where(t => !CutsAsJieba(t)).Take(5));
    }

    /// <summary>Pieces of real messages run together with whitespace, punctuation, Latin letters, digits, emoji and lone surrogates.</summary>
    [Fact]
    public void CutAndCutForSearch_AreJiebaNets_ForMessagesRunTogetherWithAnyCharacters()
    {
        var noise = Gen.String[Gen.Char[" \t\r\n\u3000，。！？、·.%#&+-_/aZz09１２😀\uD83D\uDE00（）"], 0, 4];
        Gen.Select(Gen.OneOf(Texts), Gen.OneOf(Texts), noise, Gen.Int[0, 20], Gen.Int[0, 20])
            .Sample((first, second, between, cutFirst, cutSecond) =>
                CutsAsJieba(first[Math.Min(cutFirst, first.Length)..] + between + second[..^Math.Min(cutSecond, second.Length)]),
                iter: 3000);
    }

    private static bool CutsAsJieba(string text) =>
        Segmenter.Cut(text).SequenceEqual(Jieba.Value.Cut(text).Where(w => !string.IsNullOrWhiteSpace(w)))
        && Segmenter.CutForSearch(text).SequenceEqual(Jieba.Value.CutForSearch(text).Where(w => !string.IsNullOrWhiteSpace(w)));
}
