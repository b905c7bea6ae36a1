using BuildingBot.Community.Governance;

namespace BuildingBot.Community.Tests.Governance;

public class VoteTallyTests
{
    private static OwnerVote Agree(decimal area) => new(area, VoteChoice.Agree);

    private static OwnerVote Against(decimal area) => new(area, VoteChoice.Against);

    private static OwnerVote Abstain(decimal area) => new(area, VoteChoice.Abstain);

    [Fact]
    public void Count_ReachesQuorum_WhenExactlyTwoThirdsByNumberAndArea()
    {
        // 9 households, 900 m²; 6 vote with 600 m²: 6*3 = 18 = 9*2 and 600*3 = 1800 = 900*2.
        var tally = VoteTally.Count(MatterKind.Ordinary, 9, 900m, [Agree(100), Agree(100), Agree(100), Agree(100), Against(100), Abstain(100)]);

        Assert.True(tally.QuorumByNumber);
        Assert.True(tally.QuorumByArea);
        Assert.True(tally.Passed);
        Assert.Equal((4, 400m, 1, 1), (tally.Agree, tally.AgreeArea, tally.Against, tally.Abstain));
    }

    [Fact]
    public void Count_MissesQuorum_WhenOneVoteShortOfTwoThirds()
    {
        // 9 households: 5 voters is 15 < 18.
        var tally = VoteTally.Count(MatterKind.Ordinary, 9, 900m, [Agree(100), Agree(100), Agree(100), Agree(100), Agree(100)]);

        Assert.False(tally.QuorumByNumber);
        Assert.False(tally.Passed);
    }

    [Fact]
    public void Count_MissesQuorum_WhenEnoughHouseholdsVoteButTooLittleArea()
    {
        // 6 of 9 households take part (number met), but small flats: 6 * 50 = 300 m² of 1,200 m² (300*3 = 900 < 2,400).
        var tally = VoteTally.Count(MatterKind.Ordinary, 9, 1200m, Enumerable.Repeat(Agree(50), 6));

        Assert.True(tally.QuorumByNumber);
        Assert.False(tally.QuorumByArea);
        Assert.False(tally.QuorumReached);
        Assert.False(tally.Passed);
    }

    [Fact]
    public void Count_FailsOrdinary_WhenAgreeIsHalfByNumberEvenWithMostArea()
    {
        // 6 voters, 3 agree (3*2 = 6, not > 6) with 450 of 600 m².
        var tally = VoteTally.Count(MatterKind.Ordinary, 6, 600m, [Agree(200), Agree(150), Agree(100), Against(50), Against(50), Abstain(50)]);

        Assert.True(tally.QuorumReached);
        Assert.True(tally.MajorityByArea);
        Assert.False(tally.MajorityByNumber);
        Assert.False(tally.Passed);
    }

    [Fact]
    public void Count_FailsOrdinary_WhenMostHouseholdsAgreeButNotMostArea()
    {
        // 4 of 6 voters agree (4*2 = 8 > 6) with 200 of 600 m² (400 not > 600).
        var tally = VoteTally.Count(MatterKind.Ordinary, 6, 600m, [Agree(50), Agree(50), Agree(50), Agree(50), Against(200), Against(200)]);

        Assert.True(tally.MajorityByNumber);
        Assert.False(tally.MajorityByArea);
        Assert.False(tally.Passed);
    }

    [Fact]
    public void Count_PassesMajor_WhenExactlyThreeQuartersByNumberAndArea()
    {
        // 8 voters of 8: 6 agree (6*4 = 24 = 8*3) with 600 of 800 m² (2,400 = 2,400).
        var tally = VoteTally.Count(MatterKind.Major, 8, 800m, [.. Enumerable.Repeat(Agree(100), 6), Against(100), Abstain(100)]);

        Assert.True(tally.Passed);
    }

    [Fact]
    public void Count_FailsMajor_WhenTwoThirdsAgreeWhichWouldPassOrdinary()
    {
        var ballots = new[] { Agree(100), Agree(100), Agree(100), Agree(100), Against(100), Against(100) };

        Assert.False(VoteTally.Count(MatterKind.Major, 6, 600m, ballots).Passed);
        Assert.True(VoteTally.Count(MatterKind.Ordinary, 6, 600m, ballots).Passed);
    }

    [Fact]
    public void Count_CountsAbstentionsAsParticipantsWhoDoNotAgree()
    {
        // 3 agree, 3 abstain: quorum yes (6 of 6), majority no (3 not > 3).
        var tally = VoteTally.Count(MatterKind.Ordinary, 6, 600m, [Agree(100), Agree(100), Agree(100), Abstain(100), Abstain(100), Abstain(100)]);

        Assert.True(tally.QuorumReached);
        Assert.False(tally.Passed);
    }

    [Fact]
    public void Count_NeverReachesQuorumByArea_WhenNoAreaIsRecorded()
    {
        var tally = VoteTally.Count(MatterKind.Ordinary, 3, 0m, [Agree(0), Agree(0), Agree(0)]);

        Assert.True(tally.QuorumByNumber);
        Assert.False(tally.QuorumByArea);
    }
}
