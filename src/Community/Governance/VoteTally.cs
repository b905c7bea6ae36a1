namespace BuildingBot.Community.Governance;

/// <summary>
/// The counts of a vote, by number of households and by floor area, and what they decide under the 民法典 (第二百七十八条):
/// the owners take part when at least two thirds of all owners by area and by number vote; an ordinary matter
/// passes when more than half of the participants by area and by number agree, a major one with at least three
/// quarters. Counts only: who voted how is never part of it. Exact arithmetic (integers and decimals, no fractions).
/// </summary>
public sealed record VoteTally
{
    public MatterKind Kind { get; init; }

    public int Households { get; init; }

    public decimal Area { get; init; }

    public int Voted { get; init; }

    public decimal VotedArea { get; init; }

    public int Agree { get; init; }

    public decimal AgreeArea { get; init; }

    public int Against { get; init; }

    public decimal AgainstArea { get; init; }

    public int Abstain { get; init; }

    public decimal AbstainArea { get; init; }

    /// <summary>At least 2/3 of the owners by number and 2/3 of the area took part.</summary>
    public bool QuorumByNumber => Households > 0 && Voted * 3 >= Households * 2;

    public bool QuorumByArea => Area > 0 && VotedArea * 3 >= Area * 2;

    public bool QuorumReached => QuorumByNumber && QuorumByArea;

    public bool MajorityByNumber => Kind == MatterKind.Major ? Agree * 4 >= Voted * 3 && Voted > 0 : Agree * 2 > Voted;

    public bool MajorityByArea => Kind == MatterKind.Major ? AgreeArea * 4 >= VotedArea * 3 && VotedArea > 0 : AgreeArea * 2 > VotedArea;

    /// <summary>The quorum is reached and enough participants agree, by number and by area.</summary>
    public bool Passed => QuorumReached && MajorityByNumber && MajorityByArea;

    /// <summary>Counts the ballots of a compound whose owners number <paramref name="households"/> with <paramref name="area"/> m² in all.</summary>
    public static VoteTally Count(MatterKind kind, int households, decimal area, IEnumerable<OwnerVote> ballots)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        var list = ballots.ToList();
        int Number(VoteChoice c) => list.Count(b => b.Choice == c);
        decimal Sum(VoteChoice c) => list.Where(b => b.Choice == c).Sum(b => b.Area);
        return new VoteTally
        {
            Kind = kind, Households = households, Area = area, Voted = list.Count, VotedArea = list.Sum(b => b.Area),
            Agree = Number(VoteChoice.Agree), AgreeArea = Sum(VoteChoice.Agree),
            Against = Number(VoteChoice.Against), AgainstArea = Sum(VoteChoice.Against),
            Abstain = Number(VoteChoice.Abstain), AbstainArea = Sum(VoteChoice.Abstain),
        };
    }
}
