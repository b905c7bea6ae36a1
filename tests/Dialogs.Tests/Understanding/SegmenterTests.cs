using BuildingBot.Dialogs.Understanding;
using BuildingBot.TestSupport;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class SegmenterTests
{
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
        var words = new Segmenter().Cut("红色星期天网格员来看了楼道灯");

        Assert.Contains("红色星期天", words);
        Assert.Contains("网格员", words);
        Assert.Contains("楼道灯", words);
    }
}
