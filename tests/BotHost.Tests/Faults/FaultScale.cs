using System.Globalization;

namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>
/// How big the fault-injection runs are: CI runs <see cref="Messages"/> = 400 per burst; the full size (2,000, as the
/// issue measured) runs with <c>BUILDINGBOT_FAULTS_MESSAGES=2000 deploy/test.sh --filter FullyQualifiedName~Faults</c>.
/// </summary>
internal static class FaultScale
{
    public static int Messages => int.TryParse(Environment.GetEnvironmentVariable("BUILDINGBOT_FAULTS_MESSAGES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
        ? n
        : 400;
}
