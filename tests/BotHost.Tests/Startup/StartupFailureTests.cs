using BuildingBot.TestSupport;

namespace BuildingBot.BotHost.Tests.Startup;

public class StartupFailureTests
{
    [Fact]
    public async Task Start_StopsNamingTheKey_WhenTheModeIsUnknown()
    {
        using var folder = new TemporaryFolder();

        var outcome = await BotHostProcess.RunAsync(folder.Path, new Dictionary<string, string> { ["BuildingBot__Mode"] = "Cloud" });

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("BuildingBot could not start: Unknown mode 'Cloud'; use Embedded or Production (set BuildingBot:Mode)", outcome.Error, StringComparison.Ordinal);
    }

    /// <summary>A command after host options used to go unnoticed: the host started serving instead of seeding or migrating.</summary>
    [Theory]
    [InlineData("migrate")]
    [InlineData("seed-city")]
    public async Task Start_RefusesACommandThatIsNotTheFirstArgument_InsteadOfServing(string command)
    {
        using var folder = new TemporaryFolder();

        var outcome = await BotHostProcess.RunAsync(TimeSpan.FromSeconds(60), folder.Path, new Dictionary<string, string>(), "--contentRoot", folder.Path, command);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"'{command}' must be the first argument", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StopsNamingTheKey_WhenProductionHasNoDatabase()
    {
        using var folder = new TemporaryFolder();

        var outcome = await BotHostProcess.RunAsync(folder.Path, new Dictionary<string, string> { ["BuildingBot__Mode"] = "Production" });

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("(set ConnectionStrings:Community)", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StopsNamingTheKey_WhenProductionHasNoRedis()
    {
        using var folder = new TemporaryFolder();

        var outcome = await BotHostProcess.RunAsync(folder.Path, new Dictionary<string, string>
        {
            ["BuildingBot__Mode"] = "Production",
            ["ConnectionStrings__Community"] = "Host=127.0.0.1;Database=x",
        });

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("(set ConnectionStrings:Redis)", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StopsWithoutLeakingThePassword_WhenPostgreSqlIsUnreachable()
    {
        using var folder = new TemporaryFolder();
        var port = BotHostProcess.ClosedPort();

        var outcome = await BotHostProcess.RunAsync(folder.Path, new Dictionary<string, string>
        {
            ["BuildingBot__Mode"] = "Production",
            ["ConnectionStrings__Community"] = $"Host=127.0.0.1;Port={port};Database=bb;Username=bot;Password=hunter2-secret",
            ["ConnectionStrings__Redis"] = TestServers.RedisConnectionString,
        });

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"Cannot open the database PostgreSQL 127.0.0.1:{port}/bb", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Community", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", outcome.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StopsNamingTheKey_WhenRedisIsUnreachable()
    {
        using var folder = new TemporaryFolder();
        await using var postgres = await PostgresDatabase.CreateAsync();

        var outcome = await BotHostProcess.RunAsync(folder.Path, new Dictionary<string, string>
        {
            ["BuildingBot__Mode"] = "Production",
            ["ConnectionStrings__Community"] = postgres.ConnectionString,
            ["ConnectionStrings__Redis"] = $"127.0.0.1:{BotHostProcess.ClosedPort()},password=redis-secret",
        });

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("Cannot reach Redis", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Redis", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("redis-secret", outcome.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StopsNamingTheKey_WhenAWeComEncodingAesKeyIsMalformed()
    {
        using var folder = new TemporaryFolder();

        var outcome = await BotHostProcess.RunAsync(folder.Path, new Dictionary<string, string>
        {
            ["ConnectionStrings__Community"] = $"Data Source={folder.File("bot.db")}",
            ["WeCom__Bot__Token"] = "tok",
            ["WeCom__Bot__EncodingAesKey"] = "too-short-secret-key",
        });

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("(set WeCom:Bot:EncodingAesKey)", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("too-short-secret-key", outcome.All, StringComparison.Ordinal);
    }
}
