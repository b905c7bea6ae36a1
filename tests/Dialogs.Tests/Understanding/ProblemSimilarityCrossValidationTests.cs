using System.Globalization;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.TestSupport;
using Xunit.Abstractions;

namespace BuildingBot.Dialogs.Tests.Understanding;

/// <summary>
/// Leave-one-voice-out on corpus/duplicates/train: for each voice (a file, with its "-2" half), the model is fitted on the
/// other voices and judged on this one, so the figures say how it does on words it was not fitted on. The hand-weighted
/// rule it replaced (<see cref="ProblemFeatures"/>' first feature, at its old threshold 0.5) is measured on the same pairs.
/// </summary>
public class ProblemSimilarityCrossValidationTests(ITestOutputHelper output)
{
    [Fact]
    public void Score_BeatsTheRule_OnVoicesItWasNotFittedOn()
    {
        var pairs = DuplicatePair.ReadPath(RepositoryFiles.Path("corpus/duplicates/train"));
        var segmenter = new Segmenter();
        var scored = new List<(bool Same, double Model, double Rule)>();
        foreach (var voice in pairs.GroupBy(p => Voice(p.Source)))
        {
            var similarity = new ProblemSimilarity(segmenter, ProblemConcepts.Shared, pairs.Where(p => Voice(p.Source) != voice.Key).ToList());
            var features = ProblemFeatures.Fit(ProblemConcepts.Shared, segmenter, []);
            var figures = voice.Select(p => (p.Same, Model: similarity.Score(p.First, p.Second), Rule: features.Of(p.First, p.Second)?[0] ?? 0)).ToList();
            output.WriteLine($"{voice.Key}: model {DuplicateFigures.Of(figures.Select(f => (f.Same, f.Model >= ProblemSimilarity.Threshold)))}");
            scored.AddRange(figures);
            foreach (var p in voice.Where(p => p.Same != similarity.Score(p.First, p.Second) >= ProblemSimilarity.Threshold))
            {
                output.WriteLine($"ERR {p.Same} {similarity.Score(p.First, p.Second):0.00} {p.First} / {p.Second}");
            }
        }

        var model = DuplicateFigures.Of(scored.Select(s => (s.Same, s.Model >= ProblemSimilarity.Threshold)));
        var rule = DuplicateFigures.Of(scored.Select(s => (s.Same, s.Rule >= 0.5)));
        output.WriteLine($"leave-one-voice-out: model {model}; rule {rule}");
        foreach (var threshold in Enumerable.Range(6, 14).Select(t => t * 0.05))
        {
            output.WriteLine($"  at {threshold:0.00}: model {DuplicateFigures.Of(scored.Select(s => (s.Same, s.Model >= threshold)))}; rule {DuplicateFigures.Of(scored.Select(s => (s.Same, s.Rule >= threshold)))}");
        }

        var full = new ProblemSimilarity(segmenter, ProblemConcepts.Shared, pairs);
        output.WriteLine($"weights {string.Join(' ', full.Model.Weights.Select(w => w.ToString("0.00", CultureInfo.InvariantCulture)))} bias {full.Model.Bias:0.00}");
        foreach (var (a, b) in new[] { ("3幢电梯坏了", "3幢电梯坏了"), ("3幢电梯坏了", "3幢电梯坏了，很急"), ("3幢电梯又坏了，我妈下不了楼，可以打我电话", "3幢电梯又坏了，我妈下不了楼，很急，别打电话"), ("3幢电梯又坏了，我妈下不了楼，可以打我电话", "3幢升降梯又停运了，按了好久都没反应，很急，别打电话") })
        {
            output.WriteLine($"{a} / {b}: {full.Score(a, b):0.00} [{string.Join(' ', ProblemFeatures.Fit(ProblemConcepts.Shared, segmenter, []).Of(a, b)!.Select(x => x.ToString("0.00", CultureInfo.InvariantCulture)))}]");
        }

        Assert.True(model.F1 > rule.F1, $"model {model}; rule {rule}");
    }

    private static string Voice(string source) => Path.GetFileNameWithoutExtension(source).Replace("-2", string.Empty, StringComparison.Ordinal);
}
