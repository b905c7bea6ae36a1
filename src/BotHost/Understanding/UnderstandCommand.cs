using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.BotHost.Understanding;

/// <summary>
/// `dotnet run --project src/BotHost -- understand &lt;file.tsv or folder&gt;`: trains the model from the corpus
/// built into this version and scores a labelled file in the corpus format (intent, category, entities,
/// confusion matrix). Needs no database.
/// </summary>
internal static class UnderstandCommand
{
    public static bool IsUnderstand(string[] args) => args is ["understand", ..];

    public static int Run(string[] args)
    {
        if (args is not ["understand", var path, .. var options])
        {
            Console.Error.WriteLine("usage: understand <file.tsv | folder> [--mistakes]");
            return 2;
        }

        // `dotnet run` starts the process in the project's folder; a relative path means the caller's folder.
        if (!File.Exists(path) && !Directory.Exists(path) && Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } caller)
        {
            path = Path.Combine(caller, path);
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Console.Error.WriteLine($"Not found: {path}");
            return 2;
        }

        IReadOnlyList<LabelledMessage> messages;
        try
        {
            messages = LabelledCorpus.ReadPath(path);
        }
        catch (FormatException exception)
        {
            Console.Error.WriteLine($"Not in the corpus format (docs/understanding/labelling.md): {exception.Message}");
            return 2;
        }

        var recognizer = new Recognizer(new Segmenter(), RegionDirectory.Shared, new CorpusClock());
        var model = recognizer.Model;
        Console.WriteLine($"model {model.Version}: trained from {model.Messages} messages in {model.TrainingTime.TotalSeconds:F1} s");
        var report = UnderstandingReport.Score(recognizer, messages);
        Console.Write(report.Render());
        if (options.Contains("--mistakes"))
        {
            foreach (var mistake in report.Mistakes)
            {
                Console.WriteLine(mistake);
            }
        }

        return 0;
    }

    /// <summary>The corpus reads dates as said on Friday 2026-11-27 at 10:00 in Shanghai.</summary>
    private sealed class CorpusClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
    }
}
