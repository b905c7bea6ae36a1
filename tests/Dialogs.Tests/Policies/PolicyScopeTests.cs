using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Policies;
using BuildingBot.Dialogs.Tests.Testing;
using BuildingBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Policies;

/// <summary>
/// The answer threshold (<see cref="PolicyHit.IsConfident"/>) against both kinds of question: the labelled in-scope
/// questions must be answered with the right policy, the out-of-scope ones of corpus/policy-scope with none. The
/// held-out set is the gate; its questions are only counted here, never printed. The floors are what this version
/// reaches (in-scope right and confident 91/104, out-of-scope answered: train 1/45, held-out 2/45); issue 19 asks for
/// 90 % and none answered, which is not met yet.
/// </summary>
public class PolicyScopeTests
{
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

        Console.WriteLine($"policy scope: in-scope right and confident {rightAndConfident}/{inScope.Count} ({100.0 * rightAndConfident / inScope.Count:0.0}%); " +
            $"out-of-scope answered with a policy: held-out {heldOutAnswered}/{heldOut.Count}, train {trainAnswered.Count}/{train.Count}");
        Assert.True(train.Count + heldOut.Count >= 50, $"only {train.Count + heldOut.Count} out-of-scope questions");
        Assert.True(trainAnswered.Count <= 1, $"out-of-scope (train) answered:\n{string.Join('\n', trainAnswered)}");
        Assert.True(heldOutAnswered <= 2, $"{heldOutAnswered} held-out out-of-scope questions were answered with a policy");
        Assert.True(rightAndConfident >= 91, $"right and confident {rightAndConfident}/{inScope.Count}; not:\n{string.Join('\n', unsure)}");
    }

    private static string Describe(PolicyHit hit) =>
        $"(score {hit.Score:0.00}, distinctive {hit.Distinctive:0.00}{(hit.OtherRegion ? ", other region" : string.Empty)})";

    private static List<string> Questions(string folder) =>
        Directory.GetFiles(RepositoryFiles.Path(folder), "*.tsv").Order(StringComparer.Ordinal)
            .SelectMany(Lines).Select(l => l.Split('\t')[0]).ToList();

    private static IEnumerable<string> Lines(string path) =>
        File.ReadAllLines(path).Where(l => l.Trim().Length > 0 && !l.StartsWith('#'));
}
