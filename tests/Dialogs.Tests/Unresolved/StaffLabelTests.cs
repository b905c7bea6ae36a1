using BuildingBot.Community.Understanding;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.Dialogs.Unresolved;

namespace BuildingBot.Dialogs.Tests.Unresolved;

public class StaffLabelTests
{
    private static UnresolvedMessage Message(string role = "resident", string context = "-") => new()
    {
        Id = 7, Key = "k", Text = "3幢[房号]\t楼下那个车\n一直堵着", Role = role, Context = context, Guess = "None", Confidence = 0.4,
    };

    [Fact]
    public void Create_MakesACorpusRow_ThatTheCorpusReaderReadsBack()
    {
        var (row, problems) = StaffLabel.Create(
            Message(), "ReportProblem", "NeighbourDispute", new Dictionary<string, string> { ["room"] = "3-_-_", ["date"] = "2026-11-28" });

        Assert.Empty(problems);
        var read = Assert.Single(LabelledCorpus.Read(new StringReader(row!.ToLine()), "staff"));
        Assert.Equal("3幢[房号] 楼下那个车 一直堵着", read.Text);
        Assert.Equal((SpeakerRole.Resident, ConversationCue.None, Intent.ReportProblem, "NeighbourDispute"), (read.Role, read.Cue, read.Intent, read.Category));
        Assert.Equal(new Dictionary<string, string> { ["date"] = "2026-11-28", ["room"] = "3-_-_" }, read.Entities);
    }

    [Fact]
    public void Create_KeepsTheGridMembersRoleAndContext()
    {
        var (row, _) = StaffLabel.Create(Message("grid", "card"), "GridTransfer", null, new Dictionary<string, string> { ["assignee"] = "小李" });

        var read = LabelledMessage.Parse(row!.ToLine(), "staff");
        Assert.Equal((SpeakerRole.Grid, ConversationCue.Card, Intent.GridTransfer, "-"), (read.Role, read.Cue, read.Intent, read.Category));
    }

    [Theory]
    [InlineData("Complain", null, null, null, "intent must be one of")]
    [InlineData("3", null, null, null, "intent must be one of")]
    [InlineData(null, null, null, null, "intent must be one of")]
    [InlineData("ReportProblem", "Plumbing", null, null, "category must be - or one of")]
    [InlineData("PolicyQuestion", "Schooling", null, null, "category is only for ReportProblem")]
    [InlineData("ReportProblem", "-", "colour", "red", "entity 'colour' is not one of")]
    [InlineData("ReportProblem", "-", "room", "3幢501", "entity room='3幢501' is not in the corpus format")]
    [InlineData("TravelAdvice", null, "date", "明天", "entity date='明天' is not in the corpus format")]
    public void Create_RefusesLabelsOutsideTheCorpusDefinitions(string? intent, string? category, string? key, string? value, string problem)
    {
        var entities = key is null ? null : new Dictionary<string, string> { [key] = value! };

        var (row, problems) = StaffLabel.Create(Message(), intent, category, entities);

        Assert.Null(row);
        Assert.Contains(problems, p => p.StartsWith(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void FromLabelled_ReadsTheStoredLabelBack()
    {
        var message = Message();
        message.LabelledAt = DateTimeOffset.UnixEpoch;
        message.LabelIntent = "ReportProblem";
        message.LabelCategory = "Sanitation";
        message.LabelEntities = "room=3-_-_;emergency=Fire";

        var row = StaffLabel.FromLabelled(message);

        Assert.Equal((Intent.ReportProblem, "Sanitation"), (row.Intent, row.Category));
        Assert.Equal("3-_-_", row.Entities["room"]);
        Assert.Equal("Fire", row.Entities["emergency"]);
    }
}
