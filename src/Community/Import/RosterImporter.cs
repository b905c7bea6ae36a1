using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Community.Import;

/// <summary>
/// Imports a roster file all or nothing: every row is validated and every problem reported by row
/// and column; only a file without problems is written, in one transaction. Rows upsert on their
/// natural keys, so importing the same file again changes nothing. <see cref="CheckAsync"/> runs the same
/// validation and staging and writes nothing: what an import would find, and what it would create and update.
/// </summary>
public sealed partial class RosterImporter(CommunityDbContext db, TimeProvider clock, ILogger<RosterImporter> logger)
{
    public Task<ImportResult> ImportAsync(RosterKind kind, Stream csv, CancellationToken cancellationToken = default) =>
        RunAsync(kind, csv, write: true, cancellationToken);

    /// <summary>Every problem the file has, or what importing it would create and update; nothing is written either way.</summary>
    public Task<ImportResult> CheckAsync(RosterKind kind, Stream csv, CancellationToken cancellationToken = default) =>
        RunAsync(kind, csv, write: false, cancellationToken);

    private async Task<ImportResult> RunAsync(RosterKind kind, Stream csv, bool write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        IRosterFile file = kind switch
        {
            RosterKind.Buildings => new BuildingsFile(),
            RosterKind.Residents => new ResidentsFile(clock),
            RosterKind.Grids => new GridsFile(),
            RosterKind.GridMembers => new GridMembersFile(),
            RosterKind.Groups => new GroupsFile(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown roster kind"),
        };

        var problems = new List<ImportProblem>();
        var table = await CsvTable.ReadAsync(csv, file.RequiredColumns, problems, cancellationToken).ConfigureAwait(false);
        if (problems.Count == 0 && table.Rows.Count == 0)
        {
            problems.Add(new ImportProblem(2, "(file)", "has no data rows"));
        }

        if (problems.Count == 0)
        {
            await file.StageAsync(table, db, cancellationToken).ConfigureAwait(false);
        }

        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            LogRejected(kind, table.Rows.Count, problems.Count);
            return ImportResult.Rejected(kind, table.Rows.Count, problems.OrderBy(p => p.Row).ToList());
        }

        db.ChangeTracker.DetectChanges();
        var created = db.ChangeTracker.Entries().Count(e => e.State == EntityState.Added);
        var updated = db.ChangeTracker.Entries().Count(e => e.State == EntityState.Modified);
        if (!write)
        {
            db.ChangeTracker.Clear();
            return new ImportResult(kind, table.Rows.Count, created, updated, []);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (DbConflicts.IsConflict(exception))
        {
            db.ChangeTracker.Clear();
            LogConflict(exception, kind);
            return ImportResult.Rejected(kind, table.Rows.Count,
                [new ImportProblem(0, "(file)", "another change to the same records was saved at the same time; import the file again")]);
        }
        catch (DbUpdateException exception)
        {
            db.ChangeTracker.Clear();
            LogSaveFailed(exception, kind);
            return ImportResult.Rejected(kind, table.Rows.Count,
                [new ImportProblem(0, "(file)", "the database refused to save the roster (the reason is in the server log); nothing was written")]);
        }

        LogImported(kind, table.Rows.Count, created, updated);
        return new ImportResult(kind, table.Rows.Count, created, updated, []);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Kind} roster: {Rows} rows, {Created} records created, {Updated} updated")]
    private partial void LogImported(RosterKind kind, int rows, int created, int updated);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {Kind} roster: {Rows} rows, {Problems} problems; nothing written")]
    private partial void LogRejected(RosterKind kind, int rows, int problems);

    [LoggerMessage(Level = LogLevel.Error, Message = "Saving the {Kind} roster failed; nothing written")]
    private partial void LogSaveFailed(Exception exception, RosterKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saving the {Kind} roster conflicted with a concurrent change; nothing written")]
    private partial void LogConflict(Exception exception, RosterKind kind);
}
