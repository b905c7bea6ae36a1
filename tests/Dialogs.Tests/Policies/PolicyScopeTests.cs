using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Policies;
using BuildingBot.Dialogs.Tests.Testing;
using BuildingBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Policies;

/// <summary>
/// The policy search against both kinds of question: in scope (the labelled questions, corpus/policy-scope/*/in-scope-*.tsv)
/// the right policy must rank first and be answered (<see cref="PolicyHit.IsConfident"/>) or at least offered as a guess
/// (<see cref="PolicyHit.IsPlausible"/>); out of scope (the other files of corpus/policy-scope) none may be answered. The
/// held-out files (written afresh by an independent writer who saw only the policy base, measured after tuning) are the
/// gate; their questions are only counted here, never printed. The held-out set written late on 2026-12-02 (parents of
/// school-age children and the grandparents who mind them; people who have just lost or changed jobs, and small
/// landlords; 60 in scope, 80 out of scope, 66 of them near misses), by an independent writer who saw only the policy
/// base, measured first with the search as it stood: right policy first 58/60 (97 %), answered at once 5, answered or
/// offered 51; out of scope answered 3/80. Measured a second time after one more comparison word (那江苏的也免费吗, from
/// the set before, by then in train/): the same figures. The set before it (chronic illness and pensioners; gig workers
/// and drivers) reached 56/60 with 2/80 answered at each of its three measurements, while the training questions
/// answered went from 13 to 6 with the rules below. Train (the held-out sets before and the questions written for
/// training): 823/864 first (95 %), 158 answered at once, 711 answered or offered; out of scope answered 7/1,390.
/// Issue 19 asks for top-1 ≥ 90 % (met) and no out-of-scope question answered (not met: 3 of 80); the floors asserted
/// are these measurements.
/// </summary>
public sealed class PolicyScopeTests : IAsyncLifetime
{
    private const string InScopePrefix = "in-scope-";
    private const int HeldOutAnsweredFloor = 3;

    /// <summary>
    /// Seven of the training questions are answered, each sharing nearly every word with its passage and differing in one
    /// detail of it: what to do once the year's 12 进京证 are used, how often the outer-ring permit may be had (twice), how
    /// long a temporary ID certificate is valid, whether the 高龄补贴 rises by itself at 90, where rubbish goes after the
    /// sorting hours, and a temporary permit for Hangzhou's restriction that the text does not mention. A rule for each would be a rule for one sentence.
    /// The others answered at first went with general rules: a fee, a phone number, a share (报销比例) or a place to apply
    /// (去哪里办) asked about needs a text that gives one, and for the thing the question names (a paper the enrolment list
    /// names, with a channel only for enrolling, does not say where to get the paper; <see cref="AskedQuantity"/>); 小学升初中 names junior high, and the
    /// workers' medical or pension scheme is not the residents' (<see cref="ConflictingConcepts"/>); a question naming
    /// another airport or station than the policy's is about another place; a question holding the policy's region up
    /// against another (那江苏的也免费吗) is offered, not answered; a kind of case rules often treat apart
    /// (新能源车, 网约车) that the text does not speak of is offered, not answered (<see cref="PolicyHit.LeavesOutAskedCase"/>);
    /// a place elsewhere, unnamed (父母在外省参保), against a regional text that never speaks of elsewhere
    /// (<see cref="PolicyHit.AnotherRegionNamed"/>); a policy for a group of people the question does not name
    /// (<see cref="ConflictingConcepts.Presumes"/>). Raising the answer thresholds instead trades badly: coverage and
    /// distinctive share at 0.8 leave 2 answered of 1,310 but answer 57 in-scope questions at once instead of 149.
    /// </summary>
    private const int TrainAnsweredFloor = 7;
    private const int HeldOutTopRightFloor = 58;
    private const int HeldOutReachedFloor = 51;

    private DialogsHost? _host;
    private AsyncServiceScope _scope;

    private static readonly DateOnly Today = DateOnly.FromDateTime(DialogsHost.Start.UtcDateTime);

    [Fact]
    public async Task Search_KeepsItsFigures_OnTheTrainingQuestions()
    {
        var figures = await MeasureAsync("corpus/policy-scope/train", "tests/Dialogs.Tests/Data/policy-questions.tsv");
        Console.WriteLine($"policy scope (train): {figures}");
        Console.WriteLine("in scope, not answered at once:\n" + string.Join('\n', figures.NotAnswered));
        Console.WriteLine("out of scope, offered or answered:\n" + string.Join('\n', figures.Offered));
        Assert.True(figures.OutOfScope >= 50, $"only {figures.OutOfScope} out-of-scope questions");
        Assert.True(figures.OutOfScopeAnswered <= TrainAnsweredFloor, $"out-of-scope (train) answered: {figures}");
        Assert.True(figures.TopRight >= 594, $"right policy first {figures.TopRight}/{figures.InScope}");
        Assert.True(figures.Reached >= 511, $"answered or offered the right policy {figures.Reached}/{figures.InScope}");
        Assert.True(figures.Answered >= 135, $"answered at once with the right policy {figures.Answered}/{figures.InScope}");
    }

    /// <summary>The gate: questions written afresh by independent writers; counted here, never printed.</summary>
    [Fact]
    public async Task Search_KeepsItsFigures_OnTheHeldOutQuestions()
    {
        var figures = await MeasureAsync("corpus/policy-scope/heldout");
        Console.WriteLine($"policy scope (held-out): {figures}");
        Assert.True(figures.OutOfScopeAnswered <= HeldOutAnsweredFloor, $"held-out out-of-scope answered: {figures.OutOfScopeAnswered}/{figures.OutOfScope}");
        Assert.True(figures.TopRight >= HeldOutTopRightFloor, $"held-out right policy first {figures.TopRight}/{figures.InScope}");
        Assert.True(figures.Reached >= HeldOutReachedFloor, $"held-out answered or offered the right policy {figures.Reached}/{figures.InScope}");
    }

    /// <summary>Every in-scope question (the folder's in-scope-*.tsv and the extra files) and out-of-scope question (its other files) searched once.</summary>
    private async Task<ScopeFigures> MeasureAsync(string folder, params string[] extraInScope)
    {
        var search = _scope.ServiceProvider.GetRequiredService<PolicySearch>();
        var home = RegionDirectory.Shared.Find("330106");
        var figures = new ScopeFigures();
        foreach (var (question, title) in extraInScope.Select(f => RepositoryFiles.Path(f)).Concat(InScopeFiles(folder)).SelectMany(InScope))
        {
            figures.AddInScope(question, title, await search.SearchAsync(question, Today, home, default));
        }

        foreach (var question in OutOfScope(folder))
        {
            figures.AddOutOfScope(question, await search.SearchAsync(question, Today, home, default));
        }

        return figures;
    }

    public async Task InitializeAsync()
    {
        _host = await DialogsHost.CreateAsync();
        _scope = _host.Services.CreateAsyncScope();
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>The out-of-scope questions of a folder: every .tsv file but the in-scope ones (in-scope-*.tsv).</summary>
    private static List<string> OutOfScope(string folder) =>
        Directory.GetFiles(RepositoryFiles.Path(folder), "*.tsv").Where(f => !Path.GetFileName(f).StartsWith(InScopePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).SelectMany(Lines).Select(l => l.Split('\t')[0]).ToList();

    private static IEnumerable<string> InScopeFiles(string folder) =>
        Directory.GetFiles(RepositoryFiles.Path(folder), InScopePrefix + "*.tsv").Order(StringComparer.Ordinal);

    private static IEnumerable<(string Question, string Title)> InScope(string path) =>
        Lines(path).Select(l => l.Split('\t')).Where(q => q.Length > 1).Select(q => (q[0], q[1]));

    private static IEnumerable<string> Lines(string path) =>
        File.ReadAllLines(path).Where(l => l.Trim().Length > 0 && !l.StartsWith('#'));
}
