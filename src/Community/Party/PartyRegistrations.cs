using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Party;

/// <summary>
/// 在职党员报到: a resident registers (or changes their branch or post; a confirmed registration stays confirmed unless
/// the branch changes), staff confirm, and the resident is marked a party member of the roster once confirmed.
/// </summary>
public sealed class PartyRegistrations(CommunityDbContext db, TimeProvider clock)
{
    public Task<PartyMemberRegistration?> FindAsync(int residentId, CancellationToken cancellationToken) =>
        db.PartyMemberRegistrations.AsNoTracking().FirstOrDefaultAsync(r => r.ResidentId == residentId, cancellationToken);

    public async Task<PartyMemberRegistration> RegisterAsync(int residentId, string branch, ServicePost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(branch);
        branch = branch.Trim();
        branch = branch.Length > PartyMemberRegistration.BranchLength ? branch[..PartyMemberRegistration.BranchLength] : branch;
        var registration = await db.PartyMemberRegistrations.FirstOrDefaultAsync(r => r.ResidentId == residentId, cancellationToken).ConfigureAwait(false);
        if (registration is null)
        {
            registration = new PartyMemberRegistration { ResidentId = residentId, WorkplaceBranch = branch, Post = post, RegisteredAt = clock.GetUtcNow() };
            db.PartyMemberRegistrations.Add(registration);
        }
        else
        {
            if (registration.WorkplaceBranch != branch)
            {
                (registration.ConfirmedAt, registration.ConfirmedBy) = (null, null);
            }

            (registration.WorkplaceBranch, registration.Post) = (branch, post);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (DbConflicts.IsConflict(exception))
        {
            // The same resident registered from another message this instant: theirs stands.
            db.ChangeTracker.Clear();
            return (await FindAsync(residentId, cancellationToken).ConfigureAwait(false))!;
        }

        return registration;
    }

    /// <summary>Staff confirm a pending registration; false if there is none with that id (or it is confirmed already).</summary>
    public async Task<bool> ConfirmAsync(int registrationId, string staffName, CancellationToken cancellationToken)
    {
        var registration = await db.PartyMemberRegistrations.Include(r => r.Resident).FirstOrDefaultAsync(r => r.Id == registrationId, cancellationToken)
            .ConfigureAwait(false);
        if (registration is null || !registration.Confirm(staffName, clock.GetUtcNow()))
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
