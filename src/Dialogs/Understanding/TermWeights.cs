namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// TF-IDF over the terms of a set of documents (smoothed IDF; a term never seen weighs as much as the rarest), and the
/// cosine of two term lists. A term is anything with value equality: a word, or a short gram packed into a number.
/// </summary>
public sealed class TermWeights<TTerm>
    where TTerm : notnull
{
    private readonly Dictionary<TTerm, double> _idf;
    private readonly double _unseen;

    /// <summary>Fits the weights to <paramref name="documents"/>, each a list of its terms.</summary>
    public TermWeights(IReadOnlyCollection<IReadOnlyCollection<TTerm>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _idf = documents.SelectMany(d => d.Distinct()).CountBy(t => t)
            .ToDictionary(f => f.Key, f => Math.Log((documents.Count + 1.0) / (f.Value + 1)) + 1);
        _unseen = Math.Log(documents.Count + 1.0) + 1;
    }

    public double Cosine(IReadOnlyCollection<TTerm> first, IReadOnlyCollection<TTerm> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = Vector(first);
        var b = Vector(second);
        var dot = a.Where(t => b.ContainsKey(t.Key)).Sum(t => t.Value * b[t.Key]);
        var norm = Math.Sqrt(a.Values.Sum(v => v * v)) * Math.Sqrt(b.Values.Sum(v => v * v));
        return norm == 0 ? 0 : dot / norm;
    }

    private Dictionary<TTerm, double> Vector(IReadOnlyCollection<TTerm> terms) =>
        terms.CountBy(t => t).ToDictionary(t => t.Key, t => t.Value * _idf.GetValueOrDefault(t.Key, _unseen));
}
