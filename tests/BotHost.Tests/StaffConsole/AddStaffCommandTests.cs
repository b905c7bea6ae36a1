using BuildingBot.BotHost.Tests.Startup;
using BuildingBot.TestSupport;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>`add-staff` as an operator runs it: an account with a one-time password, or the reason there is none.</summary>
public sealed class AddStaffCommandTests
{
    [Fact]
    public async Task AddStaff_PrintsAOneTimePassword_AndRefusesTheSameNameTwice()
    {
        using var folder = new TemporaryFolder();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Community"] = $"Data Source={folder.File("bot.db")}" };

        var first = await BotHostProcess.RunAsync(folder.Path, environment, "add-staff", "王主任", "--role", "社区管理员");
        var again = await BotHostProcess.RunAsync(folder.Path, environment, "add-staff", "王主任", "--role", "社区管理员");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches("one-time password: [A-Za-z2-9]{16}", first.Output);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("No account was created", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddStaff_WithAWeComUserId_CreatesAnAccountWithoutAPassword()
    {
        using var folder = new TemporaryFolder();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Community"] = $"Data Source={folder.File("bot.db")}" };

        var outcome = await BotHostProcess.RunAsync(folder.Path, environment, "add-staff", "赵科长", "--role", "只读", "--wecom-userid", "ZhaoKeZhang");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("企业微信登录 as WeCom userid ZhaoKeZhang", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("one-time password", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddStaff_RefusesAGridRole_WithoutAGridMember()
    {
        using var folder = new TemporaryFolder();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Community"] = $"Data Source={folder.File("bot.db")}" };

        var outcome = await BotHostProcess.RunAsync(folder.Path, environment, "add-staff", "刘芳", "--role", "网格员");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--grid-member", outcome.Error, StringComparison.Ordinal);
    }
}
