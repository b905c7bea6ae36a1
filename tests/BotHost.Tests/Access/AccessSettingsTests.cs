using BuildingBot.BotHost.Access;
using BuildingBot.Community.Configuration;
using Microsoft.Extensions.Configuration;

namespace BuildingBot.BotHost.Tests.Access;

public class AccessSettingsTests
{
    private static IConfiguration With(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    [Fact]
    public void From_RefusesNamingTheKey_WhenProductionEnablesTheSimulatorWithoutAnAdminKey()
    {
        var exception = Assert.Throws<InvalidConfigurationException>(
            () => AccessSettings.From(With(("BuildingBot:Mode", "Production"), ("Simulator:Enabled", "true"))));

        Assert.Equal("Admin:ApiKey", exception.Key);
    }

    [Theory]
    [InlineData("Embedded", null, true)]
    [InlineData("Production", null, false)]
    [InlineData("Embedded", "false", false)]
    public void From_ServesTheSimulator_OnlyInEmbeddedModeUnlessTold(string mode, string? enabled, bool expected)
    {
        var settings = enabled is null ? With(("BuildingBot:Mode", mode)) : With(("BuildingBot:Mode", mode), ("Simulator:Enabled", enabled));

        Assert.Equal(expected, AccessSettings.From(settings).SimulatorEnabled);
    }

    [Fact]
    public void ProxySettings_RefuseNamingTheKey_WhenAnAddressIsWrong()
    {
        var exception = Assert.Throws<InvalidConfigurationException>(
            () => ProxySettings.From(With(("ForwardedHeaders:KnownProxies:0", "not-an-ip"))));

        Assert.Equal("ForwardedHeaders:KnownProxies:0", exception.Key);
    }
}
