namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>The fault tests count a node's error entries in either console format; a format they cannot read would count none.</summary>
public class ErrorEntryTests
{
    [Theory]
    [InlineData("fail: BuildingBot.Queue[3]", true)]
    [InlineData("crit: Microsoft.AspNetCore.Server.Kestrel[0]", true)]
    [InlineData("info: Microsoft.Hosting.Lifetime[14]", false)]
    [InlineData("""{"Timestamp":"2026-11-30T04:00:00.000Z","EventId":3,"LogLevel":"Error","Category":"BuildingBot.Queue","Message":"x"}""", true)]
    [InlineData("""{"Timestamp":"2026-11-30T04:00:00.000Z","EventId":0,"LogLevel":"Critical","Category":"Kestrel","Message":"x"}""", true)]
    [InlineData("""{"Timestamp":"2026-11-30T04:00:00.000Z","EventId":14,"LogLevel":"Information","Category":"Lifetime","Message":"x"}""", false)]
    [InlineData("{ not json", false)]
    public void IsErrorEntry_ReadsPlainAndJsonConsoleLines(string line, bool error) =>
        Assert.Equal(error, RunningBotHost.IsErrorEntry(line));
}
