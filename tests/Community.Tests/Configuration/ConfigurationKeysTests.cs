using BuildingBot.Community.Configuration;
using Microsoft.Extensions.Configuration;

namespace BuildingBot.Community.Tests.Configuration;

public class ConfigurationKeysTests
{
    private static IConfiguration With(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    [Fact]
    public void GetRunMode_ReturnsEmbedded_WhenModeIsNotSet()
    {
        Assert.Equal(RunMode.Embedded, With().GetRunMode());
    }

    [Theory]
    [InlineData("production", RunMode.Production)]
    [InlineData(" Embedded ", RunMode.Embedded)]
    public void GetRunMode_IgnoresCaseAndSpaces(string text, RunMode expected)
    {
        Assert.Equal(expected, With((ConfigurationKeys.Mode, text)).GetRunMode());
    }

    [Theory]
    [InlineData("Prod")]
    [InlineData("1")]
    [InlineData("cloud")]
    public void GetRunMode_ThrowsNamingTheKey_WhenModeIsUnknown(string text)
    {
        var exception = Assert.Throws<InvalidConfigurationException>(() => With((ConfigurationKeys.Mode, text)).GetRunMode());

        Assert.Equal(ConfigurationKeys.Mode, exception.Key);
        Assert.Contains("BuildingBot:Mode", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCommunity_ThrowsNamingTheKey_WhenProductionHasNoConnectionString()
    {
        var configuration = With((ConfigurationKeys.Mode, "Production"));

        var exception = Assert.Throws<InvalidConfigurationException>(
            () => new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddCommunity(configuration));

        Assert.Equal(ConfigurationKeys.CommunityConnection, exception.Key);
        Assert.Contains("ConnectionStrings:Community", exception.Message, StringComparison.Ordinal);
    }
}
