using BuildingBot.Community.Places;

namespace BuildingBot.Community.Tests.Places;

public class HouseholdCodeTests
{
    [Fact]
    public void New_ReturnsTenCharactersOfCrockfordBase32()
    {
        var code = HouseholdCode.New();

        Assert.Equal(HouseholdCode.Length, code.Value.Length);
        Assert.All(code.Value, c => Assert.Contains(c, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"));
    }

    [Fact]
    public void New_ReturnsDistinctCodes_WhenCalledManyTimes()
    {
        var codes = Enumerable.Range(0, 20_000).Select(_ => HouseholdCode.New().Value).ToHashSet();

        Assert.Equal(20_000, codes.Count);
    }

    [Fact]
    public void New_IsNotSequential_WhenCalledTwice()
    {
        var first = HouseholdCode.New().Value;
        var second = HouseholdCode.New().Value;

        // Sequential generators differ in the last character only; random ones almost never do.
        Assert.NotEqual(first[..^1], second[..^1]);
    }

    [Theory]
    [InlineData("k7q4m2xz9p", "K7Q4M2XZ9P")]
    [InlineData("K7Q4-M2XZ-9P", "K7Q4M2XZ9P")]
    [InlineData(" K7Q4 M2XZ 9P ", "K7Q4M2XZ9P")]
    [InlineData("IO0L1ABCDE", "10011ABCDE")]
    public void TryParse_NormalisesWhatPeopleType(string typed, string expected)
    {
        Assert.True(HouseholdCode.TryParse(typed, out var code));
        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K7Q4M2XZ9")]
    [InlineData("K7Q4M2XZ9PP")]
    [InlineData("K7Q4M2XZ9U")]
    [InlineData("3幢2单元501")]
    public void TryParse_Fails_WhenTheTextIsNotACode(string? typed)
    {
        Assert.False(HouseholdCode.TryParse(typed, out _));
    }
}
