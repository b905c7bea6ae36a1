using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Governance;

/// <summary>Loads a matter, asks it to change, saves it with the messages its events cause (one unit of work).</summary>
public sealed class MatterService(CommunityDbContext db, TimeProvider clock, CommunityTimeZone timeZone)
{
    /// <summary>A new matter of the compound in stage 建议, from a resident's suggestion or entered by staff.</summary>
    public async Task<MatterOutcome> SuggestAsync(
        int compoundId, string text, MatterKind kind, int? residentId, string proposer, CancellationToken cancellationToken)
    {
        if (Matter.Refuse(text) is { } refusal)
        {
            return new MatterOutcome(null, refusal);
        }

        var code = await db.Compounds.Where(c => c.Id == compoundId).Select(c => c.Code).SingleAsync(cancellationToken).ConfigureAwait(false);
        var count = await db.Matters.CountAsync(m => m.CompoundId == compoundId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var matter = Matter.Suggest(compoundId, $"{code}-YT{count + 1:000}", text, kind, residentId, proposer, timeZone.Today(now), now);
        db.Matters.Add(matter);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new MatterOutcome(matter, null);
    }

    public Task<MatterOutcome> RecordStageAsync(string number, MatterStep step, CancellationToken cancellationToken) =>
        ChangeAsync(number, m => m.Record(step, clock.GetUtcNow()), cancellationToken);

    public Task<MatterOutcome> OpenVoteAsync(string number, DateTimeOffset deadline, CancellationToken cancellationToken) =>
        ChangeAsync(number, m => m.OpenVote(deadline, clock.GetUtcNow()), cancellationToken);

    /// <summary>At or after the deadline: the tally decides.</summary>
    public async Task<MatterOutcome> CloseVoteAsync(string number, string by, CancellationToken cancellationToken)
    {
        var matter = await LoadAsync(number, cancellationToken).ConfigureAwait(false);
        if (matter is null)
        {
            return new MatterOutcome(null, MatterRefusal.NotVoting);
        }

        var tally = await TallyAsync(matter, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        return await SaveAsync(matter, matter.CloseVote(tally, by, timeZone.Today(now), now), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Closes every vote whose deadline has passed, counting its ballots; a vote staff closed at the same moment stays
    /// as they closed it. Returns the numbers closed here.
    /// </summary>
    public async Task<IReadOnlyList<string>> CloseDueVotesAsync(string by, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Matters.AsNoTracking().Where(m => m.Status == MatterStatus.Voting && m.VoteDeadline <= now)
            .OrderBy(m => m.Id).Select(m => m.Number).ToListAsync(cancellationToken).ConfigureAwait(false);
        var closed = new List<string>();
        foreach (var number in due)
        {
            db.ChangeTracker.Clear();
            try
            {
                if ((await CloseVoteAsync(number, by, cancellationToken).ConfigureAwait(false)).Refusal is null)
                {
                    closed.Add(number);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                // Closed (or otherwise changed) in the console meanwhile: that change stands.
            }
        }

        return closed;
    }

    public Task<MatterOutcome> PublishResolutionAsync(string number, CancellationToken cancellationToken) =>
        ChangeAsync(number, m => m.PublishResolution(clock.GetUtcNow()), cancellationToken);

    public Task<MatterOutcome> PublishImplementationAsync(string number, string result, CancellationToken cancellationToken) =>
        ChangeAsync(number, m => m.PublishImplementation(result, clock.GetUtcNow()), cancellationToken);

    public Task<MatterOutcome> FileAsync(string number, string by, CancellationToken cancellationToken) =>
        ChangeAsync(number, m => m.File(by, clock.GetUtcNow()), cancellationToken);

    /// <summary>The household's ballot on the compound's open vote; a later one replaces the earlier.</summary>
    public async Task<MatterOutcome> CastAsync(int matterId, int householdId, VoteChoice choice, CancellationToken cancellationToken)
    {
        var matter = await db.Matters.Include(m => m.Ballots.Where(b => b.HouseholdId == householdId))
            .FirstOrDefaultAsync(m => m.Id == matterId, cancellationToken).ConfigureAwait(false);
        if (matter is null)
        {
            return new MatterOutcome(null, MatterRefusal.NotVoting);
        }

        // Only the ballot row changes: votes of different households never conflict (the matter's revision stays), and the
        // unique (matter, household) key stops one household's two residents from adding two ballots at once.
        var (refusal, replaced) = matter.Cast(householdId, choice, clock.GetUtcNow());
        if (refusal is not null)
        {
            return new MatterOutcome(matter, refusal);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (!replaced && DbConflicts.IsConflict(exception))
        {
            // Another resident of the household cast the first ballot this instant: this later one replaces it.
            db.ChangeTracker.Clear();
            return await CastAsync(matterId, householdId, choice, cancellationToken).ConfigureAwait(false);
        }

        return new MatterOutcome(matter, null) { Replaced = replaced };
    }

    /// <summary>A reminder, once a day at most, for every open vote: households that have not voted are told privately.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var voting = await db.Matters.Where(m => m.Status == MatterStatus.Voting).ToListAsync(cancellationToken).ConfigureAwait(false);
        var reminded = voting.Count(m => m.Remind(timeZone.Today(now), now));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return reminded;
    }

    /// <summary>The counts so far (or final): every household of the compound is an owner; its recorded area counts.</summary>
    public async Task<VoteTally> TallyAsync(Matter matter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matter);
        var households = await db.Households.AsNoTracking().Where(h => h.Unit!.Building!.CompoundId == matter.CompoundId)
            .Select(h => new { h.Id, h.FloorArea }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ballots = await db.MatterBallots.AsNoTracking().Where(b => b.MatterId == matter.Id)
            .Select(b => new { b.HouseholdId, b.Choice }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var area = households.ToDictionary(h => h.Id, h => h.FloorArea ?? 0);
        return VoteTally.Count(matter.Kind, households.Count, area.Values.Sum(),
            ballots.Select(b => new OwnerVote(area.GetValueOrDefault(b.HouseholdId), b.Choice)));
    }

    private async Task<MatterOutcome> ChangeAsync(string number, Func<Matter, MatterRefusal?> change, CancellationToken cancellationToken)
    {
        var matter = await LoadAsync(number, cancellationToken).ConfigureAwait(false);
        return matter is null ? new MatterOutcome(null, MatterRefusal.WrongStage)
            : await SaveAsync(matter, change(matter), cancellationToken).ConfigureAwait(false);
    }

    private Task<Matter?> LoadAsync(string number, CancellationToken cancellationToken) =>
        db.Matters.Include(m => m.Steps).FirstOrDefaultAsync(m => m.Number == number, cancellationToken);

    private async Task<MatterOutcome> SaveAsync(Matter matter, MatterRefusal? refusal, CancellationToken cancellationToken)
    {
        if (refusal is null)
        {
            matter.Revision++;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return new MatterOutcome(matter, refusal);
    }
}
