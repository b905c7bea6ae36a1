using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static BuildingBot.BotHost.Tests.Deployment.DeployFiles;

namespace BuildingBot.BotHost.Tests.Deployment;

/// <summary>
/// The container image, the compose file and the Kubernetes manifests agree with the README's configuration tables
/// (both ways) and with the routes and commands of the host they run.
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly string[] ComposeVariables = ["BUILDINGBOT_DOMAIN", "BUILDINGBOT_IMAGE", "POSTGRES_PASSWORD", "REDIS_PASSWORD"];
    private static readonly string[] BotServices = ["bot-1", "bot-2", "migrate"];
    private static readonly object[] MigrateArguments = ["migrate"];

    [Fact]
    public void EnvExample_ListsEveryReadmeKey_WithNoValues()
    {
        var listed = EnvExampleLines().ToDictionary(l => l.Name, l => l.Value, StringComparer.Ordinal);

        var missing = ReadmeKeys.All.Select(ReadmeKeys.ToEnvironment).Where(v => !listed.ContainsKey(v)).Order().ToList();
        var unknown = listed.Keys.Where(v => !ReadmeKeys.All.Contains(ReadmeKeys.FromEnvironment(v)) && !ComposeVariables.Contains(v)).ToList();

        Assert.True(ReadmeKeys.All.Count > 40, $"only {ReadmeKeys.All.Count} keys read from the README");
        Assert.Empty(missing);
        Assert.Empty(unknown);
        Assert.All(listed, pair => Assert.Equal(string.Empty, pair.Value));
    }

    [Fact]
    public void Compose_SetsOnlyReadmeKeys_AndEveryVariableItUsesIsInTheExample()
    {
        var compose = Yaml("compose", "compose.yaml")[0];
        var services = Map(compose, "services");
        var bots = BotServices.Select(name => Map(services, name, "environment")).ToList();
        var variables = VariableUse().Matches(Text("compose", "compose.yaml")).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var listed = EnvExampleLines().Select(l => l.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(bots.SelectMany(Keys), key => Assert.Contains(ReadmeKeys.FromEnvironment(key), ReadmeKeys.All));
        Assert.Equal(ComposeVariables.Order(), variables.Where(v => string.Equals(v.ToUpperInvariant(), v, StringComparison.Ordinal)).Order());
        Assert.All(ComposeVariables, variable => Assert.Contains(variable, listed));
        Assert.Equal("false", At(bots[0], "Database__MigrateAtStartup"));
        Assert.Equal(MigrateArguments, List(services, "migrate", "command"));
        Assert.Equal("service_completed_successfully", At(services, "bot-2", "depends_on", "migrate", "condition"));
        Assert.True(bool.Parse((string)At(services, "bot-1", "read_only")!));
    }

    [Fact]
    public void Kubernetes_SetsOnlyReadmeKeys_AndNamesEveryManifestInTheKustomization()
    {
        var config = Map(Yaml("k8s", "configmap.yaml")[0], "data");
        var secret = Map(Yaml("k8s", "secret.yaml")[0], "stringData");
        var resources = List(Yaml("k8s", "kustomization.yaml")[0], "resources").Cast<string>().Order();
        var files = Directory.GetFiles(PathOf("k8s"), "*.yaml").Select(Path.GetFileName).Where(f => f != "kustomization.yaml").Order();

        Assert.All(Keys(config).Concat(Keys(secret)), key => Assert.Contains(ReadmeKeys.FromEnvironment(key), ReadmeKeys.All));
        Assert.All(secret.Values, value => Assert.Equal(string.Empty, value));
        Assert.Equal(files, resources);
    }

    [Fact]
    public void Kubernetes_MigratesOnceByJob_WhileReplicasOnlyCheckTheSchema()
    {
        var job = Yaml("k8s", "migrate-job.yaml")[0];
        var deployment = Yaml("k8s", "deployment.yaml")[0];
        var config = Map(Yaml("k8s", "configmap.yaml")[0], "data");
        var container = At(deployment, "spec", "template", "spec", "containers", 0);

        Assert.Equal(MigrateArguments, List(job, "spec", "template", "spec", "containers", 0, "args"));
        Assert.Equal("false", config["Database__MigrateAtStartup"]);
        Assert.True(int.Parse((string)At(deployment, "spec", "replicas")!, System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.NotNull(At(container, "resources", "requests", "memory"));
        Assert.NotNull(At(container, "resources", "limits", "memory"));
        Assert.Equal("true", At(container, "securityContext", "readOnlyRootFilesystem"));
        Assert.Equal("buildingbot", At(Yaml("k8s", "pdb.yaml")[0], "metadata", "name"));
        Assert.Equal("buildingbot", At(Yaml("k8s", "hpa.yaml")[0], "spec", "scaleTargetRef", "name"));
    }

    [Fact]
    public async Task ImageAndManifests_StartTheHostAndProbeItsRoutes()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/')).ToHashSet(StringComparer.Ordinal);
        var dockerfile = Text("docker", "Dockerfile");
        var container = At(Yaml("k8s", "deployment.yaml")[0], "spec", "template", "spec", "containers", 0);
        var assembly = typeof(Program).Assembly.GetName().Name + ".dll";

        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{assembly}\"]", dockerfile, StringComparison.Ordinal);
        var healthcheck = HealthCheckCommand().Match(dockerfile);
        Assert.True(healthcheck.Success, "the Dockerfile has no HEALTHCHECK running the host's healthcheck command");
        Assert.Contains(healthcheck.Groups["path"].Value, routes);
        Assert.Contains("ENV ASPNETCORE_URLS=http://+:8080", dockerfile, StringComparison.Ordinal);
        Assert.Equal("8080", At(container, "ports", 0, "containerPort"));
        Assert.Contains((string)At(container, "readinessProbe", "httpGet", "path")!, routes);
        Assert.Contains((string)At(container, "livenessProbe", "httpGet", "path")!, routes);
        Assert.Equal("/readyz", At(container, "readinessProbe", "httpGet", "path"));
        Assert.Equal("/healthz", At(container, "livenessProbe", "httpGet", "path"));
        var caddy = Text("compose", "Caddyfile");
        Assert.Contains("reverse_proxy bot-1:8080 bot-2:8080", caddy, StringComparison.Ordinal);
        Assert.Contains(CaddyHealth().Match(caddy).Groups[1].Value, routes);
    }

    private static IEnumerable<(string Name, string Value)> EnvExampleLines() =>
        File.ReadAllLines(PathOf("compose", ".env.example"))
            .Select(line => EnvLine().Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value));

    /// <summary><c>NAME=value</c>, or <c># NAME=</c> for a key left at its default.</summary>
    [GeneratedRegex(@"^#?\s*([A-Za-z][A-Za-z0-9_]*)=(.*)$")]
    private static partial Regex EnvLine();

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex VariableUse();

    [GeneratedRegex(@"HEALTHCHECK[^\n]*\\\n\s*CMD \[""dotnet"", ""BuildingBot\.BotHost\.dll"", ""healthcheck"", ""http://127\.0\.0\.1:8080(?<path>/[a-z]+)""\]")]
    private static partial Regex HealthCheckCommand();

    [GeneratedRegex(@"health_uri (\S+)")]
    private static partial Regex CaddyHealth();
}
