using BenchmarkDotNet.Attributes;
using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Benchmarks;

/// <summary>
/// One message through the recognizer: normalisation (OpenCC), segmentation, the parsers, and both trained
/// classifiers. The model is trained once in setup. Recognitions per second = 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private Recognizer _recognizer = null!;

    [Params("3幢电梯又坏了，我妈下不了楼", "女儿秋天读初一，转学手续怎么办", "收到，明早过去", "下周三去杭州出差要注意什么")]
    public string Text { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _recognizer = new Recognizer(new Segmenter(), RegionDirectory.Shared, TimeProvider.System);
        _ = _recognizer.Model;
    }

    [Benchmark]
    public RecognizerResult Recognize() => _recognizer.Recognize(Text, Text.StartsWith("收到", StringComparison.Ordinal) ? SpeakerRole.Grid : SpeakerRole.Resident);
}
