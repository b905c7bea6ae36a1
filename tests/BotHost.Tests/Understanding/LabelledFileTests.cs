using BuildingBot.BotHost.Understanding;
using BuildingBot.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace BuildingBot.BotHost.Tests.Understanding;

public sealed class LabelledFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IConfiguration Settings(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    private static HostingEnvironment Environment(string contentRoot)
    {
        Directory.CreateDirectory(contentRoot);
        return new HostingEnvironment { ContentRootPath = contentRoot };
    }

    [Fact]
    public void From_UsesTheRepositorysTrainingCorpus_InEmbeddedMode()
    {
        var repository = _folder.File("repo");
        Directory.CreateDirectory(Path.Combine(repository, "corpus", "understanding", "train"));

        var file = LabelledFile.From(Settings(("BuildingBot:Mode", "Embedded")), Environment(Path.Combine(repository, "src", "BotHost")));

        Assert.Equal(Path.Combine(repository, "corpus", "understanding", "train", "labelled-by-staff.tsv"), file.Path);
    }

    [Fact]
    public void From_UsesTheDataFolder_InProduction()
    {
        var root = _folder.File("app");

        var file = LabelledFile.From(Settings(("BuildingBot:Mode", "Production")), Environment(root));

        Assert.Equal(Path.Combine(root, "data", "understanding", "labelled-by-staff.tsv"), file.Path);
    }

    [Fact]
    public void From_ResolvesAConfiguredPath_AgainstTheContentRoot()
    {
        var root = _folder.File("app");

        var file = LabelledFile.From(Settings(("Understanding:LabelledFile", "labels/staff.tsv")), Environment(root));

        Assert.Equal(Path.Combine(root, "labels", "staff.tsv"), file.Path);
    }
}
