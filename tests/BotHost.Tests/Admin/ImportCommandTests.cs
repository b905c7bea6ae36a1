using BuildingBot.BotHost.Tests.Startup;
using BuildingBot.TestSupport;

namespace BuildingBot.BotHost.Tests.Admin;

public class ImportCommandTests
{
    [Fact]
    public async Task Import_WritesTheFileAndThenChangesNothing_WhenRunTwice()
    {
        using var folder = new TemporaryFolder();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Community"] = $"Data Source={folder.File("bot.db")}" };
        var file = folder.File("buildings.csv");
        await File.WriteAllTextAsync(file, "community,compound_code,compound_name,building_code,units\n新城社区,XC01,新城花园,8,2\n");

        var first = await BotHostProcess.RunAsync(folder.Path, environment, "import", "buildings", file);
        var second = await BotHostProcess.RunAsync(folder.Path, environment, "import", "buildings", file);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 rows, 5 records created, 0 updated", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("1 rows, 0 records created, 0 updated", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ExitsWithOneAndListsTheRows_WhenTheFileHasProblems()
    {
        using var folder = new TemporaryFolder();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Community"] = $"Data Source={folder.File("bot.db")}" };
        var file = folder.File("buildings.csv");
        await File.WriteAllTextAsync(file, "community,compound_code,compound_name,building_code,units\n新城社区,XC01,新城花园,8,多\n,XC01,新城花园,9,1\n");

        var outcome = await BotHostProcess.RunAsync(folder.Path, environment, "import", "buildings", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("nothing was written", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("row 2, column units", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("row 3, column community: is empty", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ExitsWithOneAndNamesTheLineAndColumn_WhenAQuoteIsNeverClosed()
    {
        using var folder = new TemporaryFolder();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Community"] = $"Data Source={folder.File("bot.db")}" };
        var file = folder.File("buildings.csv");
        await File.WriteAllTextAsync(file, "community,compound_code,compound_name,building_code,units\n新城社区,XC01,\"新城花园,8,2\n新城社区,XC01,新城花园,9,2\n");

        var outcome = await BotHostProcess.RunAsync(folder.Path, environment, "import", "buildings", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("nothing was written", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("row 2, column compound_name: has a quote that is never closed", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ExplainsUsage_WhenTheKindIsUnknown()
    {
        using var folder = new TemporaryFolder();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Community"] = $"Data Source={folder.File("bot.db")}" };

        var outcome = await BotHostProcess.RunAsync(folder.Path, environment, "import", "cats", "x.csv");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Unknown roster kind 'cats'", outcome.Error, StringComparison.Ordinal);
    }
}
