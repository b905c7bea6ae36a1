using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Tests.Testing;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Dialogs.Tests.Understanding;

/// <summary>
/// The trained classifiers and duplicate-report trees kept in the database (`migrate` trains them once per release, every
/// process loads them): a loaded model predicts exactly as the one saved, on SQLite and on PostgreSQL, and a store that cannot answer only
/// means training.
/// </summary>
public class TrainedModelStoreTests
{
    private static readonly Recognizer Recognizer = new(
        new Segmenter(), RegionDirectory.Shared, new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Load_PredictsExactlyAsTheSavedModel_OnEveryHeldOutMessage(bool production)
    {
        await using var host = await DialogsHost.CreateAsync(production, demoData: false);
        var store = host.Services.GetRequiredService<TrainedModelStore>();
        var trained = Recognizer.Model;

        Assert.Null(store.Load(trained.Version));
        store.Save(trained);
        var loaded = store.Load(trained.Version);

        Assert.NotNull(loaded);
        Assert.True(loaded.Loaded);
        Assert.Equal((trained.Version, trained.Messages), (loaded.Version, loaded.Messages));
        var heldOut = LabelledCorpus.ReadPath(RepositoryFiles.Path("corpus", "understanding", "heldout"));
        Assert.NotEmpty(heldOut);
        foreach (var message in heldOut)
        {
            var input = Recognizer.Featurize(message.Text, message.Role, message.Cue);
            Assert.Equal(trained.Intents.Predict(input), loaded.Intents.Predict(input));
            Assert.Equal(trained.Categories.Predict(input), loaded.Categories.Predict(input));
        }

        var (fitted, read) = (new ProblemSimilarity(trained.Duplicates), new ProblemSimilarity(loaded.Duplicates));
        var pairs = DuplicatePair.ReadPath(RepositoryFiles.Path("corpus", "duplicates", "train"));
        Assert.All(pairs, pair => Assert.Equal(fitted.Score(pair.First, pair.Second), read.Score(pair.First, pair.Second)));
    }

    [Fact]
    public async Task Load_FindsNothing_ForAnotherCorpusVersion()
    {
        await using var host = await DialogsHost.CreateAsync(demoData: false);
        var store = host.Services.GetRequiredService<TrainedModelStore>();
        store.Save(Recognizer.Model);

        Assert.Null(store.Load("0123456789ab"));
        Assert.False(store.Contains("0123456789ab"));
        Assert.True(store.Contains(Recognizer.Model.Version));
    }

    [Fact]
    public async Task Save_KeepsTheFirst_WhenTwoProcessesSaveTheSameModel()
    {
        await using var host = await DialogsHost.CreateAsync(demoData: false);
        var store = host.Services.GetRequiredService<TrainedModelStore>();

        store.Save(Recognizer.Model);
        store.Save(Recognizer.Model);

        Assert.Equal(1, await host.QueryAsync(db => db.TrainedModels.CountAsync()));
    }

    [Fact]
    public async Task Load_FindsNothing_WhenASavedPartIsCutShort()
    {
        await using var host = await DialogsHost.CreateAsync(demoData: false);
        var store = host.Services.GetRequiredService<TrainedModelStore>();
        store.Save(Recognizer.Model);
        // As the migration that added the trees left a row saved before it.
        await host.QueryAsync(db => db.TrainedModels.ExecuteUpdateAsync(m => m.SetProperty(x => x.Duplicates, Array.Empty<byte>())));

        Assert.Null(store.Load(Recognizer.Model.Version));
    }

    [Fact]
    public async Task Load_FindsNothing_WhenTheDatabaseCannotAnswer()
    {
        await using var host = await DialogsHost.CreateAsync(demoData: false);
        var store = host.Services.GetRequiredService<TrainedModelStore>();
        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"TrainedModels\""));

        Assert.Null(store.Load(Recognizer.Model.Version));
        store.Save(Recognizer.Model);
    }
}
