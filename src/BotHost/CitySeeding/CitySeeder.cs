using System.Diagnostics;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BuildingBot.BotHost.CitySeeding;

/// <summary>
/// Writes a <see cref="CityShape"/> into PostgreSQL with binary COPY, a table at a time (orders in chunks, so no statement
/// holds millions of pending foreign-key checks), then moves the id sequences past the new rows and runs VACUUM ANALYZE:
/// the statistics, and the visibility map that lets the 三率 count from their covering indexes, as autovacuum keeps them on a
/// running system (a few seconds for the city; without it the first 30-day 三率 took 535 ms instead of 90).
/// </summary>
internal sealed class CitySeeder(CommunityDbContext db, WorkOrderOptions options, CommunityTimeZone zone, TextWriter output)
{
    private const int OrderChunk = 50_000;
    private static readonly string[] Tables =
    [
        "Communities", "Compounds", "Grids", "Buildings", "Units", "Households", "Residents", "GridMembers", "PartyBranches",
        "PartyGroups", "BuildingGroups", "WorkOrders", "WorkOrderReporters", "WorkOrderEvents",
    ];

    private readonly Dictionary<string, Func<string>> _keys = [];
    private long _rows;

    /// <summary>Writes the city; returns the rows written.</summary>
    public async Task<long> SeedAsync(CityShape shape, DateTimeOffset end, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var copies = Copies();
            var first = new Dictionary<string, long>();
            foreach (var table in Tables)
            {
                first[table] = await ScalarAsync(connection, $"SELECT coalesce(max({copies[table].Key}), 0) + 1 FROM {copies[table].Table}", cancellationToken)
                    .ConfigureAwait(false);
            }

            await ScalarAsync(connection, "SET synchronous_commit = off", cancellationToken).ConfigureAwait(false);
            string[] bulk = ["Households", "Residents", "WorkOrders", "WorkOrderReporters", "WorkOrderEvents"];
            var window = new BulkLoadWindow(connection, output);
            var empty = true;
            foreach (var table in bulk)
            {
                empty &= await ScalarAsync(connection, $"SELECT count(*) FROM (SELECT 1 FROM {copies[table].Table} LIMIT 1) AS t", cancellationToken)
                    .ConfigureAwait(false) == 0;
            }

            if (empty)
            {
                await window.OpenAsync(bulk.Select(t => copies[t].Table), cancellationToken).ConfigureAwait(false);
            }

            var layout = new CityLayout(shape, first);
            var places = new CityPlaces(layout, end - CityOrders.History);
            await CopyAsync(connection, places.Communities(), "communities", cancellationToken).ConfigureAwait(false);
            await CopyAsync(connection, places.Compounds(), "compounds", cancellationToken).ConfigureAwait(false);
            await CopyAsync(connection, places.Grids(), "grids", cancellationToken).ConfigureAwait(false);
            await CopyAsync(connection, places.Buildings(), "buildings", cancellationToken).ConfigureAwait(false);
            await CopyAsync(connection, places.Units(), "units", cancellationToken).ConfigureAwait(false);
            try
            {
                await CopyPeopleAndOrdersAsync(connection, layout, places, end, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await window.CloseAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach (var table in Tables)
            {
                var (name, key) = (copies[table].Table, copies[table].Key);
                await ScalarAsync(connection,
                    $"SELECT setval(pg_get_serial_sequence('{name.Replace("'", "''", StringComparison.Ordinal)}', '{key.Trim('"')}'), (SELECT max({key}) FROM {name}))",
                    cancellationToken).ConfigureAwait(false);
            }

            var watch = Stopwatch.StartNew();
            await using (var vacuum = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 0 })
            {
                await vacuum.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await output.WriteLineAsync($"VACUUM ANALYZE: {watch.Elapsed.TotalSeconds:F1} s").ConfigureAwait(false);
            return _rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private async Task CopyPeopleAndOrdersAsync(
        NpgsqlConnection connection, CityLayout layout, CityPlaces places, DateTimeOffset end, CancellationToken cancellationToken)
    {
        await CopyAsync(connection, places.Households(), "households", cancellationToken).ConfigureAwait(false);
        await CopyAsync(connection, places.Residents(), "residents", cancellationToken).ConfigureAwait(false);
        await CopyAsync(connection, places.GridMembers(), "grid members", cancellationToken).ConfigureAwait(false);
        await CopyAsync(connection, places.PartyBranches(), "party branches", cancellationToken).ConfigureAwait(false);
        await CopyAsync(connection, places.PartyGroups(), "party groups", cancellationToken).ConfigureAwait(false);
        await CopyAsync(connection, places.BuildingGroups(), "building groups", cancellationToken).ConfigureAwait(false);
        await CopyOrdersAsync(connection, new CityOrders(layout, places, options, zone, end), cancellationToken).ConfigureAwait(false);
    }

    private async Task CopyOrdersAsync(NpgsqlConnection connection, CityOrders orders, CancellationToken cancellationToken)
    {
        var (orderRows, reporterRows, eventRows) = (0L, 0L, 0L);
        var watch = Stopwatch.StartNew();
        foreach (var chunk in orders.Orders().Chunk(OrderChunk))
        {
            orderRows += await new TableCopy<WorkOrder>(db).WriteAsync(connection, chunk, cancellationToken).ConfigureAwait(false);
            reporterRows += await new TableCopy<WorkOrderReporter>(db).WriteAsync(connection, chunk.SelectMany(o => o.Reporters), cancellationToken)
                .ConfigureAwait(false);
            eventRows += await new TableCopy<WorkOrderEvent>(db).WriteAsync(connection, chunk.SelectMany(o => o.Events), cancellationToken)
                .ConfigureAwait(false);
            await output.WriteLineAsync($"  work orders: {orderRows:N0} ({eventRows:N0} events) after {watch.Elapsed.TotalSeconds:F0} s").ConfigureAwait(false);
        }

        _rows += orderRows + reporterRows + eventRows;
        await output.WriteLineAsync(
            $"work orders: {orderRows:N0}, reporters: {reporterRows:N0}, events: {eventRows:N0} in {watch.Elapsed.TotalSeconds:F1} s " +
            $"({(orderRows + reporterRows + eventRows) / Math.Max(0.001, watch.Elapsed.TotalSeconds):N0} rows/s)").ConfigureAwait(false);
    }

    private async Task CopyAsync<T>(NpgsqlConnection connection, IEnumerable<T> rows, string what, CancellationToken cancellationToken)
        where T : class
    {
        var watch = Stopwatch.StartNew();
        var copy = new TableCopy<T>(db);
        var count = 0L;
        foreach (var chunk in rows.Chunk(200_000))
        {
            count += await copy.WriteAsync(connection, chunk, cancellationToken).ConfigureAwait(false);
        }

        _rows += count;
        await output.WriteLineAsync($"{what}: {count:N0} in {watch.Elapsed.TotalSeconds:F1} s ({count / Math.Max(0.001, watch.Elapsed.TotalSeconds):N0} rows/s)")
            .ConfigureAwait(false);
    }

    private Dictionary<string, (string Table, string Key)> Copies()
    {
        (string, string) Of<T>()
            where T : class
        {
            var copy = new TableCopy<T>(db);
            return (copy.Table, copy.KeyColumn);
        }

        return new Dictionary<string, (string Table, string Key)>
        {
            ["Communities"] = Of<Community.Community>(), ["Compounds"] = Of<Community.Places.Compound>(), ["Grids"] = Of<Community.Grids.Grid>(),
            ["Buildings"] = Of<Community.Places.Building>(), ["Units"] = Of<Community.Places.Unit>(),
            ["Households"] = Of<Community.Places.Household>(), ["Residents"] = Of<Community.People.Resident>(),
            ["GridMembers"] = Of<Community.People.GridMember>(), ["PartyBranches"] = Of<Community.Party.PartyBranch>(),
            ["PartyGroups"] = Of<Community.Party.PartyGroup>(), ["BuildingGroups"] = Of<Community.Groups.BuildingGroup>(),
            ["WorkOrders"] = Of<WorkOrder>(), ["WorkOrderReporters"] = Of<WorkOrderReporter>(), ["WorkOrderEvents"] = Of<WorkOrderEvent>(),
        };
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
