using BuildingBot.BotHost.Observability;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;

namespace BuildingBot.BotHost.Tests.Observability;

public sealed class DependencyInjectionTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("http://127.0.0.1:4317", true)]
    public void AddObservability_RecordsTraces_OnlyWhenTheOtlpEndpointIsSet(string? endpoint, bool traced)
    {
        using var provider = Build("Embedded", endpoint);

        Assert.Equal(traced, provider.GetService<TracerProvider>() is not null);
    }

    [Theory]
    [InlineData("Production", ConsoleFormatterNames.Json)]
    [InlineData("Embedded", ConsoleFormatterNames.Simple)]
    public void AddObservability_LogsJson_OnlyInProduction(string mode, string formatter)
    {
        using var provider = Build(mode, null);

        Assert.Equal(formatter, provider.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName ?? ConsoleFormatterNames.Simple);
    }

    private static ServiceProvider Build(string mode, string? otlpEndpoint)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BuildingBot:Mode"] = mode,
            [BuildingBot.BotHost.Observability.DependencyInjection.OtlpEndpointSetting] = otlpEndpoint,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddConsole());
        services.AddObservability(configuration);
        return services.BuildServiceProvider();
    }
}
