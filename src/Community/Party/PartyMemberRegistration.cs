using BuildingBot.Community.Events;
using BuildingBot.Community.People;

namespace BuildingBot.Community.Party;

/// <summary>在职党员报到: a resident who is a party member of a workplace branch, serving where they live once staff confirm.</summary>
public sealed class PartyMemberRegistration : AggregateRoot
{
    public const int BranchLength = 64;

    public int Id { get; set; }

    /// <summary>One registration per resident.</summary>
    public int ResidentId { get; set; }

    public Resident? Resident { get; set; }

    /// <summary>The party organisation of their workplace, as they name it (市人民医院第二党支部).</summary>
    public required string WorkplaceBranch { get; set; }

    public ServicePost Post { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>Set when staff confirm; until then the registration is pending.</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }

    public string? ConfirmedBy { get; set; }

    public bool IsConfirmed => ConfirmedAt is not null;

    /// <summary>Staff confirm: the resident becomes a party member of the roster and is told privately.</summary>
    public bool Confirm(string staffName, DateTimeOffset now)
    {
        if (IsConfirmed)
        {
            return false;
        }

        (ConfirmedAt, ConfirmedBy) = (now, staffName);
        Resident!.IsPartyMember = true;
        Raise(new PartyMemberConfirmed(this));
        return true;
    }
}
