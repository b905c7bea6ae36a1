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
/// gate; their questions are only counted here, never printed. The held-out set written on 2026-12-01 (villagers
/// resettled into flats after their land was requisitioned; messages typed by voice input, unpunctuated and with
/// homophones; 60 in scope, 80 out of scope, 60 of them near misses), measured first with the search as it stood: right
/// policy first 59/60 (98 %), answered at once 8, answered or offered 52; out of scope answered 1/80. The set before it
/// (retired civil servants and veterans; residents with ties abroad; now in train/) reached 56/60 and 5/80 at each of its
/// three measurements; its five answered near misses went with general rules (a compared region, counted and subject
/// figures, 小学毕业). Train (the held-out sets before and the questions written for training): 650/684 first (95 %),
/// 136 answered at once, 557 answered or offered; out of scope answered 5/1,110 (with a third batch of 120 near misses,
/// 4 answered at first). Issue 19 asks for top-1 ≥ 90 % (met) and
/// no out-of-scope question answered (not met on this set: 1 of 80); the floors asserted are these measurements.
/// </summary>
public sealed class PolicyScopeTests : IAsyncLifetime
{
    private const string InScopePrefix = "in-scope-";
    private const int HeldOutAnsweredFloor = 1;

    /// <summary>
    /// Two of the 120 near misses written for train/ late on 2026-12-01 (what the 进京证 text does not say: what to do
    /// once the year's 12 permits are used, and how often the outer-ring permit may be had) and three of the 120 written
    /// in a third batch (landlords and property staff; young people mixing English in; grandparents): a new-energy
    /// car's exemption from Shanghai's restriction, how long a temporary ID certificate is valid, and whether the
    /// 高龄补贴 rises by itself at 90. They share nearly every word with their passage and differ in one detail of it; a
    /// rule for each would be a rule for one sentence. The others of those answered at first went with general rules: a
    /// fee or a phone number asked about needs a text that gives one (<see cref="AskedQuantity"/>), 小学升初中 names
    /// junior high, not primary school, a question naming another airport or station than the policy's is about another
    /// place (<see cref="ConflictingConcepts"/>), and a place elsewhere, unnamed (父母在外省参保), against a regional text
    /// that never speaks of elsewhere (<see cref="PolicyHit.AnotherRegionNamed"/>). Before them, a delivery fee for the
    /// canteen and junior-high materials from the policy for children from elsewhere went the same way
    /// (<see cref="ConflictingConcepts.Presumes"/>). Raising the answer threshold to 0.7 instead cut the questions
    /// answered at once by a third.
    /// </summary>
    private const int TrainAnsweredFloor = 5;
    private const int HeldOutTopRightFloor = 59;
    private const int HeldOutReachedFloor = 52;

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
