using Npgsql;

namespace BuildingBot.BotHost.CitySeeding;

/// <summary>
/// For a load into empty tables: drops their secondary indexes and foreign keys (as PostgreSQL reports them, so nothing is
/// hand-written) and re-creates them afterwards, which builds each index once by sorting and checks each foreign key with
/// one join, instead of maintaining them row by row. Re-created also when the load fails.
/// </summary>
internal sealed class BulkLoadWindow(NpgsqlConnection connection, TextWriter output)
{
    private readonly List<string> _restore = [];

    public async Task OpenAsync(IEnumerable<string> quotedTables, CancellationToken cancellationToken)
    {
        foreach (var table in quotedTables)
        {
            var literal = "'" + table.Replace("'", "''", StringComparison.Ordinal) + "'";
            var foreignKeys = await ReadAsync(
                $"SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname), " +
                $"format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) " +
                $"FROM pg_constraint WHERE contype = 'f' AND (conrelid = {literal}::regclass OR confrelid = {literal}::regclass)",
                cancellationToken).ConfigureAwait(false);
            var indexes = await ReadAsync(
                $"SELECT format('DROP INDEX %s', indexrelid::regclass), pg_get_indexdef(indexrelid) FROM pg_index " +
                $"WHERE indrelid = {literal}::regclass AND NOT indisprimary AND NOT EXISTS " +
                $"(SELECT 1 FROM pg_constraint c WHERE c.conindid = indexrelid)",
                cancellationToken).ConfigureAwait(false);
            foreach (var (drop, create) in foreignKeys.Concat(indexes))
            {
                if (_restore.Contains(create))
                {
                    continue;
                }

                await ExecuteAsync(drop, cancellationToken).ConfigureAwait(false);
                _restore.Add(create);
            }
        }
    }

    /// <summary>Indexes first, then the foreign keys that may rely on them.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (_restore.Count == 0)
        {
            return;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var create in _restore.OrderBy(c => c.StartsWith("ALTER", StringComparison.Ordinal)))
        {
            await ExecuteAsync(create, cancellationToken).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"indexes and foreign keys re-created ({_restore.Count}): {watch.Elapsed.TotalSeconds:F1} s").ConfigureAwait(false);
        _restore.Clear();
    }

    private async Task<List<(string Drop, string Create)>> ReadAsync(string sql, CancellationToken cancellationToken)
    {
        var rows = new List<(string, string)>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
