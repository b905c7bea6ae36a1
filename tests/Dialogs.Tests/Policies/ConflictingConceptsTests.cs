using BuildingBot.Dialogs.Policies;

namespace BuildingBot.Dialogs.Tests.Policies;

public class ConflictingConceptsTests
{
    private const string Compulsory = "杭州市义务教育招生报名材料 小学、初中新生报名需准备户口簿、房产证";

    [Fact]
    public void Conflict_IsTrue_WhenTheQuestionNamesAnotherMemberOfThePolicysGroup() =>
        Assert.True(ConflictingConcepts.Conflict("孙子明年上幼儿园，杭州幼儿园报名要准备什么材料", Compulsory));

    [Theory]
    [InlineData("小学报名要准备什么材料")]
    [InlineData("杭州报名要准备什么材料")]
    public void Conflict_IsFalse_WhenTheQuestionNamesThePolicysMemberOrNone(string question) =>
        Assert.False(ConflictingConcepts.Conflict(question, Compulsory));
}
