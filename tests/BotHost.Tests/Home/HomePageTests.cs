namespace BuildingBot.BotHost.Tests.Home;

public class HomePageTests
{
    [Fact]
    public async Task Home_ShowsTheDemoCommunity_WhenTheEmbeddedDatabaseStartedEmpty()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/status", UriKind.Relative));

        Assert.Contains("幸福里社区", html, StringComparison.Ordinal);
        Assert.Contains("楼栋：12", html, StringComparison.Ordinal);
        Assert.Contains("楼栋群：12", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_LoadsNoDemoData_InProductionMode()
    {
        await using var factory = await BotHostFactory.ProductionAsync(("Admin:ApiKey", "status-key"));
        using var client = TestPeer.Client(factory.CreateClient(), adminKey: "status-key");

        var html = await client.GetStringAsync(new Uri("/status", UriKind.Relative));

        Assert.Contains("尚未导入", html, StringComparison.Ordinal);
    }
}
