using BuildingBot.Community.People;

namespace BuildingBot.Community.Tests.People;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("138 1234 5678", "13812345678")]
    [InlineData("138-1234-5678", "13812345678")]
    [InlineData("+8613812345678", "13812345678")]
    [InlineData("0571-87654321", "057187654321")]
    public void TryParse_AcceptsMobilesAndLandlines(string typed, string digits)
    {
        Assert.True(PhoneNumber.TryParse(typed, out var phone));
        Assert.Equal(digits, phone.Reveal());
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("23812345678")]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("电话13812345678")]
    public void TryParse_Fails_WhenTheTextIsNotAPhoneNumber(string typed)
    {
        Assert.False(PhoneNumber.TryParse(typed, out _));
    }

    [Fact]
    public void ToString_ShowsTheMaskedNumber()
    {
        Assert.True(PhoneNumber.TryParse("13812345678", out var phone));

        Assert.Equal("138****5678", phone.ToString());
        Assert.Equal("138****5678", $"{phone}");
        Assert.Equal("138****5678", phone.Masked);
    }

    [Fact]
    public void Masked_HidesTheMiddleOfALandline()
    {
        Assert.True(PhoneNumber.TryParse("057187654321", out var phone));

        Assert.Equal("057*****4321", phone.Masked);
    }

    [Fact]
    public void Default_IsEmpty_WhenNeverParsed()
    {
        Assert.Equal(string.Empty, default(PhoneNumber).ToString());
    }
}
