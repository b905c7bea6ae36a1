using System.Reflection;

namespace BuildingBot.BotHost.Health;

/// <summary>
/// This build's version and source commit, from the assembly's informational version (<c>1.2.0+&lt;commit&gt;</c>: the SDK
/// appends the git commit it was built from, or the <c>SourceRevisionId</c> the container build passes in).
/// </summary>
internal static class BuildInfo
{
    private static readonly string Informational =
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static string Version => Informational.Split('+')[0];

    public static string Commit => Informational.Split('+') is [_, var commit, ..] ? commit : "unknown";
}
