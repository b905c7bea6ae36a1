using BuildingBot.Dialogs.Policies;

namespace BuildingBot.Dialogs.Tests.Policies;

public class PolicyVocabularyTests
{
    [Theory]
    [InlineData("身份证下个月就到期了")]
    [InlineData("我的身份证还有半年才到期")]
    public void Phrases_FindsASplitExpression_WithinOneClause(string question)
    {
        var phrase = Assert.Single(PolicyVocabulary.Shared.Phrases(question), p => p.Words.Contains("换领"));

        Assert.StartsWith("身份证", question[phrase.Start..], StringComparison.Ordinal);
        Assert.EndsWith("到期", question[..(phrase.Start + phrase.Length)], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("身份证在抽屉里，护照下个月到期")]
    [InlineData("身份证放在家里，上次那个卡到期了")]
    public void Phrases_IgnoresTheHalves_WhenTheyAreFarApartOrInAnotherClause(string question) =>
        Assert.DoesNotContain(PolicyVocabulary.Shared.Phrases(question), p => p.Words.Contains("换领"));

    [Fact]
    public void PolicyWords_HoldTheWordsEveryExpressionStandsFor() =>
        Assert.Contains("大件垃圾", PolicyVocabulary.Shared.PolicyWords);
}
