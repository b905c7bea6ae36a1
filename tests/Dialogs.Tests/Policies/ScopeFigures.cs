using BuildingBot.Dialogs.Policies;

namespace BuildingBot.Dialogs.Tests.Policies;

/// <summary>
/// How the policy search treats labelled questions: in scope, whether the right policy ranks first, is answered at once
/// (<see cref="PolicyHit.IsConfident"/>) or at least offered as a guess (<see cref="PolicyHit.IsPlausible"/>); out of
/// scope, how many are answered or offered.
/// </summary>
internal sealed class ScopeFigures
{
    public int InScope { get; private set; }

    public int TopRight { get; private set; }

    public int Answered { get; private set; }

    public int Reached { get; private set; }

    public int OutOfScope { get; private set; }

    public int OutOfScopeAnswered { get; private set; }

    public int OutOfScopeOffered { get; private set; }

    public List<string> NotAnswered { get; } = [];

    public List<string> Offered { get; } = [];

    public void AddInScope(string question, string title, IReadOnlyList<PolicyHit> hits)
    {
        InScope++;
        var right = hits.Count > 0 && hits[0].Policy.Version.Title == title;
        TopRight += right ? 1 : 0;
        Answered += right && hits[0].IsConfident ? 1 : 0;
        Reached += right && hits[0].IsPlausible ? 1 : 0;
        if (!right || !hits[0].IsConfident)
        {
            NotAnswered.Add($"{question} [{title}] → {Describe(hits)}");
        }
    }

    public void AddOutOfScope(string question, IReadOnlyList<PolicyHit> hits)
    {
        OutOfScope++;
        OutOfScopeAnswered += hits is [{ IsConfident: true }, ..] ? 1 : 0;
        OutOfScopeOffered += hits is [{ IsPlausible: true }, ..] ? 1 : 0;
        if (hits is [{ IsPlausible: true }, ..])
        {
            Offered.Add($"{question} → {Describe(hits)}");
        }
    }

    public override string ToString() =>
        $"in scope {InScope}: right policy first {TopRight} ({Percent(TopRight, InScope)}), answered at once {Answered} ({Percent(Answered, InScope)}), " +
        $"answered or offered {Reached} ({Percent(Reached, InScope)}); out of scope {OutOfScope}: answered {OutOfScopeAnswered}, offered as a guess {OutOfScopeOffered}";

    private static string Percent(int part, int whole) => whole == 0 ? "—" : $"{100.0 * part / whole:0.0}%";

    private static string Describe(IReadOnlyList<PolicyHit> hits) => hits.Count == 0
        ? "nothing"
        : $"{hits[0].Policy.Version.Title} (score {hits[0].Score:0.00}, coverage {hits[0].Coverage:0.00}, distinctive {hits[0].Distinctive:0.00}" +
          $"{(hits[0].OtherRegion ? ", other region" : string.Empty)}{(hits[0].Conflicting ? ", conflicting" : string.Empty)}{(hits[0].IsConfident ? ", ANSWERED" : string.Empty)})";
}
