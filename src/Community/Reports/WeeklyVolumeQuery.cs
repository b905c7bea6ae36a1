using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace BuildingBot.Community.Reports;

/// <summary>
/// Orders reported (created) per local week (Monday to Sunday in the community time zone) of a <see cref="ReportPeriod"/>, in a
/// scope (one grid, or null for the community) — the same orders as <see cref="ServiceRates.Reported"/>. Weeks without orders
/// count 0. On PostgreSQL the weeks are counted in the database, one range of the CreatedAt index each, counting that column
/// so the index alone can answer (a city's month is 80,000 orders); on SQLite (one community) the creation instants are read
/// and counted here.
/// </summary>
public sealed class WeeklyVolumeQuery(CommunityDbContext db, CommunityTimeZone zone)
{
    /// <summary>One count per week range, in the ranges' order; <paramref name="inGrid"/> adds the <c>@grid</c> condition.</summary>
    private static string CountPerWeek(bool inGrid) => $"""
        SELECT count(o."CreatedAt")::int
        FROM unnest(@starts, @ends) WITH ORDINALITY AS w(s, e, n)
        LEFT JOIN "WorkOrders" AS o ON o."CreatedAt" >= w.s AND o."CreatedAt" < w.e{(inGrid ? " AND o.\"GridId\" = @grid" : string.Empty)}
        GROUP BY w.n
        ORDER BY w.n
        """;

    public async Task<IReadOnlyList<WeekVolume>> ComputeAsync(ReportPeriod period, int? gridId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var weeks = new List<(DateOnly Monday, ReportPeriod Days)>();
        for (var monday = Monday(period.FirstDay); monday <= period.LastDay; monday = monday.AddDays(7))
        {
            var first = monday < period.FirstDay ? period.FirstDay : monday;
            var last = monday.AddDays(6) > period.LastDay ? period.LastDay : monday.AddDays(6);
            weeks.Add((monday, ReportPeriod.Between(first, last, zone)));
        }

        var counts = db.Database.IsNpgsql()
            ? await CountInDatabaseAsync(weeks.Select(w => w.Days).ToList(), gridId, cancellationToken).ConfigureAwait(false)
            : await CountHereAsync(period, weeks.Select(w => w.Monday).ToList(), gridId, cancellationToken).ConfigureAwait(false);
        return [.. weeks.Select((w, i) => new WeekVolume(w.Monday, counts[i]))];
    }

    private Task<int[]> CountInDatabaseAsync(List<ReportPeriod> weeks, int? gridId, CancellationToken cancellationToken) =>
        NpgsqlCommands.RunAsync(db, async connection =>
        {
            await using var command = new NpgsqlCommand(CountPerWeek(gridId is not null), connection);
            command.Parameters.Add(NpgsqlCommands.Array("starts", NpgsqlDbType.TimestampTz, weeks, w => w.From));
            command.Parameters.Add(NpgsqlCommands.Array("ends", NpgsqlDbType.TimestampTz, weeks, w => w.To));
            if (gridId is { } grid)
            {
                command.Parameters.Add(new NpgsqlParameter<int>("grid", grid));
            }

            var counts = new List<int>(weeks.Count);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                counts.Add(reader.GetInt32(0));
            }

            return counts.ToArray();
        }, cancellationToken);

    private async Task<int[]> CountHereAsync(ReportPeriod period, List<DateOnly> mondays, int? gridId, CancellationToken cancellationToken)
    {
        var reported = db.WorkOrders.AsNoTracking().Where(o => o.CreatedAt >= period.From && o.CreatedAt < period.To);
        if (gridId is { } grid)
        {
            reported = reported.Where(o => o.GridId == grid);
        }

        var created = await reported.Select(o => o.CreatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var counts = created.GroupBy(at => Monday(zone.Today(at))).ToDictionary(g => g.Key, g => g.Count());
        return [.. mondays.Select(m => counts.GetValueOrDefault(m))];
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
