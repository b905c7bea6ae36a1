using BuildingBot.Community.Configuration;

namespace BuildingBot.BotHost.Access;

/// <summary>What decides access: the mode, the admin key, and whether the simulator is served at all.</summary>
internal sealed record AccessSettings(RunMode Mode, string? AdminKey, bool SimulatorEnabled)
{
    public const string AdminKeySetting = "Admin:ApiKey";
    public const string SimulatorSetting = "Simulator:Enabled";

    /// <summary>
    /// The simulator is on in embedded mode and off in production unless <c>Simulator:Enabled</c> says so;
    /// production refuses to serve it without an admin key, since its callers can speak as anyone.
    /// </summary>
    public static AccessSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var mode = configuration.GetRunMode();
        var key = configuration[AdminKeySetting];
        key = string.IsNullOrWhiteSpace(key) ? null : key;
        var simulator = configuration.GetValue<bool?>(SimulatorSetting) ?? mode == RunMode.Embedded;
        if (simulator && mode == RunMode.Production && key is null)
        {
            throw new InvalidConfigurationException(
                AdminKeySetting, $"{SimulatorSetting} in production mode serves the simulator only to holders of the admin key");
        }

        return new AccessSettings(mode, key, simulator);
    }
}
