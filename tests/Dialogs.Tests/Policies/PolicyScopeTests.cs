using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Policies;
using BuildingBot.Dialogs.Tests.Testing;
using BuildingBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Policies;

/// <summary>
/// The answer threshold (<see cref="PolicyHit.IsConfident"/>) against both kinds of question: the labelled in-scope
/// questions must be answered with the right policy, the out-of-scope ones of corpus/policy-scope with none. The
/// held-out files (fresh, by independent writers) are the gate; their questions are only counted here, never printed. The
/// floors are what this version reaches (labelled in-scope right and confident 93/104; held-out in-scope 20/50;
/// out-of-scope answered: train 1/90, held-out 5/60); issue 19 asks for 90 % and none answered, which is not met.
/// </summary>
public class PolicyScopeTests
{
    private const string InScopePrefix = "in-scope-";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DialogsHost.Start.UtcDateTime);

    [Fact]
    public async Task IsConfident_KeepsItsFigures_OnInScopeAndOutOfScopeQuestions()
    {
        await using var host = await DialogsHost.CreateAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<PolicySearch>();
        var home = RegionDirectory.Shared.Find("330106");
        Task<IReadOnlyList<PolicyHit>> Search(string question) => search.SearchAsync(question, Today, home, default);

        var inScope = Lines(RepositoryFiles.Path("tests/Dialogs.Tests/Data/policy-questions.tsv")).Select(l => l.Split('\t')).ToList();
        var rightAndConfident = 0;
        var unsure = new List<string>();
        foreach (var question in inScope)
        {
            var hits = await Search(question[0]);
            var right = hits.Count > 0 && hits[0].Policy.Version.Title == question[1];
            rightAndConfident += right && hits[0].IsConfident ? 1 : 0;
            if (!right || !hits[0].IsConfident)
            {
                unsure.Add(question[0] + (hits.Count > 0 ? $" → {hits[0].Policy.Version.Title} {Describe(hits[0])}" : " → nothing"));
            }
        }

        var train = Questions("corpus/policy-scope/train");
        var trainAnswered = new List<string>();
        foreach (var question in train)
        {
            if (await Search(question) is [{ IsConfident: true } best, ..])
            {
                trainAnswered.Add($"{question} → {best.Policy.Version.Title} {Describe(best)}");
            }
        }

        var heldOut = Questions("corpus/policy-scope/heldout");
        var heldOutAnswered = 0;
        foreach (var question in heldOut)
        {
            heldOutAnswered += await Search(question) is [{ IsConfident: true }, ..] ? 1 : 0;
        }

        var heldOutInScope = HeldOutInScope();
        var heldOutRight = 0;
        foreach (var question in heldOutInScope)
        {
            heldOutRight += await Search(question[0]) is [{ IsConfident: true } best, ..] && best.Policy.Version.Title == question[1] ? 1 : 0;
        }

        Console.WriteLine($"policy scope: in-scope right and confident {rightAndConfident}/{inScope.Count} ({100.0 * rightAndConfident / inScope.Count:0.0}%); " +
            $"held-out in-scope right and confident {heldOutRight}/{heldOutInScope.Count}; " +
            $"out-of-scope answered with a policy: held-out {heldOutAnswered}/{heldOut.Count}, train {trainAnswered.Count}/{train.Count}");
        Assert.True(train.Count + heldOut.Count >= 50, $"only {train.Count + heldOut.Count} out-of-scope questions");
        Assert.True(trainAnswered.Count <= 1, $"out-of-scope (train) answered:\n{string.Join('\n', trainAnswered)}");
        Assert.True(heldOutAnswered <= 5, $"{heldOutAnswered} held-out out-of-scope questions were answered with a policy");
        Assert.True(heldOutRight >= 20, $"held-out in-scope right and confident {heldOutRight}/{heldOutInScope.Count}");
        Assert.True(rightAndConfident >= 93, $"right and confident {rightAndConfident}/{inScope.Count}; not:\n{string.Join('\n', unsure)}");
    }

    private static string Describe(PolicyHit hit) =>
        $"(score {hit.Score:0.00}, distinctive {hit.Distinctive:0.00}{(hit.OtherRegion ? ", other region" : string.Empty)})";

    /// <summary>The out-of-scope questions of a folder: every .tsv file but the held-out in-scope ones (in-scope-*.tsv).</summary>
    private static List<string> Questions(string folder) =>
        Directory.GetFiles(RepositoryFiles.Path(folder), "*.tsv").Where(f => !Path.GetFileName(f).StartsWith(InScopePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).SelectMany(Lines).Select(l => l.Split('\t')[0]).ToList();

    private static List<string[]> HeldOutInScope() =>
        Directory.GetFiles(RepositoryFiles.Path("corpus/policy-scope/heldout"), InScopePrefix + "*.tsv").Order(StringComparer.Ordinal)
            .SelectMany(Lines).Select(l => l.Split('\t')).Where(q => q.Length > 1).ToList();

    private static IEnumerable<string> Lines(string path) =>
        File.ReadAllLines(path).Where(l => l.Trim().Length > 0 && !l.StartsWith('#'));
}
