namespace BuildingBot.TestSupport;

/// <summary>A folder under the system temp path, deleted on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"buildingbot-test-{Guid.NewGuid():N}");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Deletes the folder, after checking the outbox of every SQLite database in it (<see cref="OutboxPrivacyScan"/>).</summary>
    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            ScanOutboxes();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Delete();
        }
    }

    private void Delete()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere only leaves a temp folder behind; the test result stands.
        }
    }

    private void ScanOutboxes()
    {
        if (!Directory.Exists(Path))
        {
            return;
        }

        foreach (var database in Directory.EnumerateFiles(Path, "*.db", SearchOption.AllDirectories))
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            OutboxPrivacyScan.AssertClean(connection);
        }
    }
}
