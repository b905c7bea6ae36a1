using BuildingBot.Dialogs.Outbox;

namespace BuildingBot.BotHost.Simulator;

internal static class DependencyInjection
{
    /// <summary>The local simulator channel: its transcript, directory, live hub and the outbox sender.</summary>
    public static IServiceCollection AddSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SimulatorOptions>(configuration.GetSection(SimulatorOptions.Section));
        services.AddSingleton<SimulatorHub>();
        services.AddScoped<SimulatorTranscript>();
        services.AddScoped<SimulatorDirectory>();
        services.AddSingleton<IChannelSender, SimulatorSender>();
        return services;
    }
}
