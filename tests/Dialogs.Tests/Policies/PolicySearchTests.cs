using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Policies;
using BuildingBot.Dialogs.Tests.Testing;
using BuildingBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Policies;

public class PolicySearchTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DialogsHost.Start.UtcDateTime);

    private static IEnumerable<(string Question, string Expected)> Questions() =>
        File.ReadAllLines(RepositoryFiles.Path("tests/Dialogs.Tests/Data/policy-questions.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1]));

    [Fact]
    public async Task Search_FindsTheExpectedPolicy_ForTheLabelledQuestions()
    {
        await using var host = await DialogsHost.CreateAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<PolicySearch>();
        var home = RegionDirectory.Shared.Find("330106");
        var questions = Questions().ToList();

        var misses = new List<string>();
        var top1 = 0;
        var top3 = 0;
        foreach (var (question, expected) in questions)
        {
            var titles = (await search.SearchAsync(question, Today, home, default)).Select(h => h.Policy.Version.Title).ToList();
            top1 += titles.FirstOrDefault() == expected ? 1 : 0;
            top3 += titles.Contains(expected) ? 1 : 0;
            if (titles.FirstOrDefault() != expected)
            {
                misses.Add($"{question} → {string.Join(" | ", titles)} (expected {expected})");
            }
        }

        Assert.True(questions.Count >= 100, $"the labelled set has {questions.Count} questions");
        Console.WriteLine($"policy retrieval: top-1 {top1}/{questions.Count}, top-3 {top3}/{questions.Count}");
        var report = $"top-1 {top1}/{questions.Count}, top-3 {top3}/{questions.Count}; misses:\n{string.Join('\n', misses)}";
        Assert.True(top1 >= 0.80 * questions.Count, report);
        Assert.True(top3 >= 0.95 * questions.Count, report);
    }

    [Fact]
    public async Task Search_ScoresUnrelatedQuestionsBelowTheThreshold()
    {
        await using var host = await DialogsHost.CreateAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<PolicySearch>();

        var hits = await search.SearchAsync("宠物狗打疫苗去哪家医院比较好", Today, null, default);

        Assert.True(hits.Count == 0 || hits[0].Score < PolicySearch.MinimumScore, $"best score {(hits.Count > 0 ? hits[0].Score : 0)}");
    }

    [Fact]
    public async Task Search_QuotesTheMatchingSentence()
    {
        await using var host = await DialogsHost.CreateAsync();
        await using var scope = host.Services.CreateAsyncScope();

        var hit = (await scope.ServiceProvider.GetRequiredService<PolicySearch>().SearchAsync("进京证一年能办几次", Today, null, default))[0];

        Assert.Equal("北京市进京证办理", hit.Policy.Version.Title);
        Assert.Contains("每车每年最多办理12次，每次有效期最长7天。", hit.Passage, StringComparison.Ordinal);
        Assert.DoesNotContain("示例政策", hit.Passage, StringComparison.Ordinal);
    }
}
