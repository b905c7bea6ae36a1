using BuildingBot.Community.Events;
using BuildingBot.Community.Governance;

namespace BuildingBot.Community.Tests.Governance;

public class MatterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 12, 1);

    private static Matter New() => Matter.Suggest(1, "XF01-YT001", "小区东门加装非机动车充电桩", MatterKind.Ordinary, 7, "蒋婷", Day, Now);

    private static MatterStep Step(MatterStage stage, StageOutcome outcome = StageOutcome.Passed, string? note = null) =>
        new() { Stage = stage, Date = Day, Minutes = "会议纪要", Outcome = outcome, Note = note, RecordedBy = "王书记" };

    private static List<MatterEventKind> Kinds(AggregateRoot matter) =>
        [.. matter.TakeDomainEvents().Cast<MatterChanged>().Select(e => e.Kind)];

    [Fact]
    public void Record_Refuses_WhenStageIsSkipped()
    {
        var matter = New();

        Assert.Equal(MatterRefusal.WrongStage, matter.Record(Step(MatterStage.Discuss), Now));
        Assert.Equal(MatterStage.Suggest, matter.Stage);
    }

    [Fact]
    public void Record_ReplacesText_WhenAmended()
    {
        var matter = New();

        Assert.Null(matter.Record(Step(MatterStage.Propose, StageOutcome.Amended, "东门和北门各加装一处充电桩"), Now));

        Assert.Equal("东门和北门各加装一处充电桩", matter.Text);
        Assert.Equal(MatterStage.Propose, matter.Stage);
    }

    [Fact]
    public void Record_StopsTheMatterAndRaisesRejected_WhenRejected()
    {
        var matter = New();
        Kinds(matter);

        Assert.Null(matter.Record(Step(MatterStage.Propose, StageOutcome.Rejected, "消防通道不允许"), Now));

        Assert.Equal(MatterStatus.Rejected, matter.Status);
        Assert.Equal([MatterEventKind.Rejected], Kinds(matter));
        Assert.Equal(MatterRefusal.WrongStage, matter.Record(Step(MatterStage.Discuss), Now));
    }

    [Fact]
    public void Record_Refuses_WhenRejectedWithoutReason()
    {
        Assert.Equal(MatterRefusal.BadText, New().Record(Step(MatterStage.Propose, StageOutcome.Rejected), Now));
    }

    [Fact]
    public void Cast_ReplacesTheHouseholdsBallot_UntilTheDeadline()
    {
        var matter = Reviewed();
        Assert.Null(matter.OpenVote(Now.AddDays(3), Now));

        Assert.False(matter.Cast(5, VoteChoice.Agree, Now).Replaced);
        Assert.True(matter.Cast(5, VoteChoice.Against, Now.AddHours(1)).Replaced);

        var ballot = Assert.Single(matter.Ballots);
        Assert.Equal(VoteChoice.Against, ballot.Choice);
        Assert.Equal(MatterRefusal.DeadlinePassed, matter.Cast(5, VoteChoice.Agree, Now.AddDays(3)).Refusal);
    }

    [Fact]
    public void CloseVote_Refuses_BeforeTheDeadline()
    {
        var matter = Reviewed();
        matter.OpenVote(Now.AddDays(3), Now);

        Assert.Equal(MatterRefusal.NotYetDue, matter.CloseVote(VoteTally.Count(MatterKind.Ordinary, 1, 1, []), "王书记", Day, Now.AddDays(1)));
    }

    [Fact]
    public void Remind_GoesOutOnceADay()
    {
        var matter = Reviewed();
        matter.OpenVote(Now.AddDays(3), Now);

        Assert.True(matter.Remind(Day, Now));
        Assert.False(matter.Remind(Day, Now.AddHours(5)));
        Assert.True(matter.Remind(Day.AddDays(1), Now.AddDays(1)));
    }

    [Fact]
    public void File_Refuses_BeforeTheResolutionIsPublished()
    {
        var matter = Reviewed();
        matter.OpenVote(Now.AddDays(1), Now);
        matter.CloseVote(VoteTally.Count(MatterKind.Ordinary, 1, 100, [new OwnerVote(100, VoteChoice.Agree)]), "王书记", Day, Now.AddDays(1));

        Assert.Equal(MatterRefusal.NotYet, matter.File("王书记", Now.AddDays(1)));
        Assert.Null(matter.PublishResolution(Now.AddDays(1)));
        Assert.True(matter.AwaitsFiling);
        Assert.Null(matter.File("王书记", Now.AddDays(2)));
        Assert.False(matter.AwaitsFiling);
    }

    private static Matter Reviewed()
    {
        var matter = New();
        matter.Record(Step(MatterStage.Propose), Now);
        matter.Record(Step(MatterStage.Discuss), Now);
        matter.Record(Step(MatterStage.Review), Now);
        return matter;
    }
}
