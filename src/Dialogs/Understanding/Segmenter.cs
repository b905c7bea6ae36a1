using JiebaNet.Segmenter;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Chinese word segmentation with jieba.NET and the words of this domain added to its dictionary.
/// Loading the dictionary takes about a second; one shared instance serves every turn.
/// </summary>
public sealed class Segmenter
{
    private static readonly string[] DomainWords =
    [
        "报事", "报修", "网格员", "网格长", "楼栋长", "百姓码", "红色星期天", "我的工单", "接单", "转派", "办结", "退回",
        "楼道灯", "单元门", "消防通道", "高空抛物", "电动车", "充电桩", "居家养老", "老年食堂", "家庭医生", "化粪池", "下水道",
    ];

    /// <summary>
    /// jieba.NET keeps one dictionary per process, and adding a word raises its total count, which every later cut reads.
    /// The domain words are therefore added once per process: added per instance, how a text is cut would depend on how
    /// many segmenters the process had built before.
    /// </summary>
    private static readonly Lazy<bool> DomainWordsAdded = new(() =>
    {
        var jieba = new JiebaSegmenter();
        foreach (var word in DomainWords)
        {
            jieba.AddWord(word);
        }

        return true;
    });

    private readonly JiebaSegmenter _jieba;

    public Segmenter()
    {
        _ = DomainWordsAdded.Value;
        _jieba = new JiebaSegmenter();
    }

    public IReadOnlyList<string> Cut(string text) =>
        _jieba.Cut(text).Where(w => !string.IsNullOrWhiteSpace(w)).ToList();

    /// <summary>The words, each long word followed by the shorter words within it (居民身份证: 居民, 身份, 身份证, 居民身份证), for indexing.</summary>
    public IReadOnlyList<string> CutForSearch(string text) =>
        _jieba.CutForSearch(text).Where(w => !string.IsNullOrWhiteSpace(w)).ToList();
}
