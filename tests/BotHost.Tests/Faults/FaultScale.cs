using System.Globalization;

namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>
/// How big the fault-injection runs are: CI runs <see cref="Messages"/> = 400 per burst and <see cref="Fuzz"/> = 5,000
/// randomised callbacks; the full size (2,000 per burst, as the issue measured, and 100,000 callbacks) runs with
/// <c>BUILDINGBOT_FAULTS_MESSAGES=2000 BUILDINGBOT_FAULTS_FUZZ=100000 deploy/test.sh --filter FullyQualifiedName~Faults</c>.
/// <c>BUILDINGBOT_FAULTS_SEED</c> replays a fuzz run by the seed it printed.
/// </summary>
internal static class FaultScale
{
    public static int Messages => Read("BUILDINGBOT_FAULTS_MESSAGES") ?? 400;

    public static int Fuzz => Read("BUILDINGBOT_FAULTS_FUZZ") ?? 5_000;

    public static int? Seed => int.TryParse(Environment.GetEnvironmentVariable("BUILDINGBOT_FAULTS_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
        ? seed
        : null;

    private static int? Read(string variable) => int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
        ? n
        : null;
}
