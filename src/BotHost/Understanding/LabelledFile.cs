using System.Text;
using BuildingBot.Community.Configuration;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.BotHost.Understanding;

/// <summary>
/// The corpus file staff's labels are appended to (<c>Understanding:LabelledFile</c>, relative to the content root).
/// Unset, it is <c>corpus/understanding/train/labelled-by-staff.tsv</c> of the repository the host runs from (embedded
/// mode, so the next build trains on it), else <c>data/understanding/labelled-by-staff.tsv</c> under the content root.
/// </summary>
public sealed class LabelledFile(string path)
{
    public const string Key = "Understanding:LabelledFile";
    public const string FileName = "labelled-by-staff.tsv";
    private const string Header = "# Written by residents and grid members, labelled by staff from the messages the bot could not resolve (redacted)";

    private static readonly SemaphoreSlim Writing = new(1, 1);

    public string Path { get; } = path;

    public static LabelledFile From(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var root = environment.ContentRootPath;
        if (configuration[Key] is { Length: > 0 } configured)
        {
            return new LabelledFile(System.IO.Path.GetFullPath(configured, root));
        }

        var corpus = configuration.GetRunMode() == RunMode.Embedded ? RepositoryCorpus(root) : null;
        return new LabelledFile(corpus is not null
            ? System.IO.Path.Combine(corpus, FileName)
            : System.IO.Path.Combine(root, "data", "understanding", FileName));
    }

    /// <summary>Appends one row (a header first, when the file is new).</summary>
    public async Task AppendAsync(LabelledMessage row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        await Writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var text = new StringBuilder();
            if (!File.Exists(Path) || new FileInfo(Path).Length == 0)
            {
                text.Append(Header).Append('\n');
            }
            else if (!await EndsWithNewLineAsync(cancellationToken).ConfigureAwait(false))
            {
                text.Append('\n');
            }

            text.Append(row.ToLine()).Append('\n');
            await File.AppendAllTextAsync(Path, text.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Writing.Release();
        }
    }

    /// <summary>Rows in the corpus format, with the header.</summary>
    public static string Render(IEnumerable<LabelledMessage> rows) =>
        string.Concat(rows.Select(r => r.ToLine() + "\n").Prepend(Header + "\n"));

    private async Task<bool> EndsWithNewLineAsync(CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(Path);
        stream.Seek(-1, SeekOrigin.End);
        var last = new byte[1];
        return await stream.ReadAsync(last, cancellationToken).ConfigureAwait(false) == 1 && last[0] == (byte)'\n';
    }

    private static string? RepositoryCorpus(string from)
    {
        for (var folder = new DirectoryInfo(from); folder is not null; folder = folder.Parent)
        {
            var corpus = System.IO.Path.Combine(folder.FullName, "corpus", "understanding", "train");
            if (Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        return null;
    }
}
