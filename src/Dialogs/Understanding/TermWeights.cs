namespace BuildingBot.Dialogs.Understanding;

/// <summary>TF-IDF over the terms of a set of documents (smoothed IDF; a term never seen weighs as much as the rarest), and the cosine of two term lists.</summary>
public sealed class TermWeights
{
    private readonly Dictionary<string, double> _idf;
    private readonly double _unseen;

    private TermWeights(Dictionary<string, double> idf, double unseen)
    {
        _idf = idf;
        _unseen = unseen;
    }

    public static TermWeights Fit(IReadOnlyCollection<IReadOnlyCollection<string>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var frequency = documents.SelectMany(d => d.Distinct(StringComparer.Ordinal)).CountBy(t => t, StringComparer.Ordinal);
        var idf = frequency.ToDictionary(f => f.Key, f => Math.Log((documents.Count + 1.0) / (f.Value + 1)) + 1, StringComparer.Ordinal);
        return new TermWeights(idf, Math.Log(documents.Count + 1.0) + 1);
    }

    public double Cosine(IReadOnlyCollection<string> first, IReadOnlyCollection<string> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = Vector(first);
        var b = Vector(second);
        var dot = a.Where(t => b.ContainsKey(t.Key)).Sum(t => t.Value * b[t.Key]);
        var norm = Math.Sqrt(a.Values.Sum(v => v * v)) * Math.Sqrt(b.Values.Sum(v => v * v));
        return norm == 0 ? 0 : dot / norm;
    }

    private Dictionary<string, double> Vector(IReadOnlyCollection<string> terms) =>
        terms.CountBy(t => t, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Value * _idf.GetValueOrDefault(t.Key, _unseen), StringComparer.Ordinal);
}
