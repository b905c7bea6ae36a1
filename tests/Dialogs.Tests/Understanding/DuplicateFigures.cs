namespace BuildingBot.Dialogs.Tests.Understanding;

/// <summary>Precision and recall of "same problem" judgements on labelled duplicate pairs.</summary>
internal sealed record DuplicateFigures(int Pairs, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The figures of (labelled same, judged same) pairs.</summary>
    public static DuplicateFigures Of(IEnumerable<(bool Same, bool Said)> judged)
    {
        var list = judged.ToList();
        return new DuplicateFigures(list.Count, list.Count(p => p.Same && p.Said), list.Count(p => !p.Same && p.Said), list.Count(p => p.Same && !p.Said));
    }

    public override string ToString() =>
        $"{Pairs} pairs, precision {Precision:P0} ({TruePositives}/{TruePositives + FalsePositives}), recall {Recall:P0} ({TruePositives}/{TruePositives + FalseNegatives})";
}
