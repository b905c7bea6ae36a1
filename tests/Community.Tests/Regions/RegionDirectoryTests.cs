using BuildingBot.Community.Regions;

namespace BuildingBot.Community.Tests.Regions;

public class RegionDirectoryTests
{
    private static readonly RegionDirectory Regions = RegionDirectory.Shared;

    [Fact]
    public void Shared_LoadsEveryProvinceCityAndDistrict()
    {
        Assert.True(Regions.Count > 3000, $"{Regions.Count} regions");
    }

    [Theory]
    [InlineData("杭州", "3301")]
    [InlineData("杭州市", "3301")]
    [InlineData("浦东", "310115")]
    [InlineData("内蒙古", "15")]
    [InlineData("西湖区", "330106")]
    public void FindByName_AcceptsFullAndShortNames(string name, string code)
    {
        Assert.Contains(Regions.FindByName(name), r => r.Code == code);
    }

    [Fact]
    public void FindByName_ReturnsEveryCandidate_WhenTheNameIsAmbiguous()
    {
        var chaoyang = Regions.FindByName("朝阳区");

        Assert.True(chaoyang.Count >= 2);
        Assert.Contains(chaoyang, r => r.Code == "110105");
    }

    [Fact]
    public void WithAncestors_WalksFromDistrictToTheNation()
    {
        var xihu = Regions.Find("330106")!;

        Assert.Equal(["330106", "3301", "33", "00"], Regions.WithAncestors(xihu).Select(r => r.Code));
    }

    [Fact]
    public void WithAncestors_SkipsThePlaceholderCity_OfAMunicipality()
    {
        var pudong = Regions.Find("310115")!;

        Assert.Equal(["310115", "31", "00"], Regions.WithAncestors(pudong).Select(r => r.Code));
    }

    [Theory]
    [InlineData("330100", "3301")]
    [InlineData("330000", "33")]
    [InlineData("330106", "330106")]
    public void Find_AcceptsSixDigitCodes(string code, string expected)
    {
        Assert.Equal(expected, Regions.Find(code)?.Code);
    }

    [Fact]
    public void FindInText_FindsPlacesInASentence()
    {
        var places = Regions.FindInText("下周三去杭州出差，再回安徽老家");

        Assert.Equal(["杭州", "安徽"], places.Select(p => p.Text));
    }

    [Theory]
    [InlineData("下周回杭", "杭", "3301")]
    [InlineData("月底去沪出差", "沪", "31")]
    [InlineData("前往京参加培训", "京", "11")]
    public void FindInText_FindsAShortForm_RightAfterAVerbOfGoing(string text, string form, string code)
    {
        var place = Assert.Single(Regions.FindInText(text));

        Assert.Equal(form, place.Text);
        Assert.Equal(code, Assert.Single(place.Regions).Code);
    }

    [Theory]
    [InlineData("杭州杭帮菜好吃")]
    [InlineData("我去京东买的")]
    [InlineData("进京证一年能办几次")]
    [InlineData("搬去新家了")]
    [InlineData("搬回新房子")]
    [InlineData("浙大")]
    public void FindInText_IgnoresShortForms_ThatStartOtherWords(string text)
    {
        Assert.DoesNotContain(Regions.FindInText(text), p => p.Text.Length == 1);
    }

    [Theory]
    [InlineData("杭", "3301")]
    [InlineData("新", "65")]
    [InlineData(" 沪 ", "31")]
    public void FindInText_AcceptsAnyShortForm_AsAWholeAnswer(string text, string code)
    {
        Assert.Equal(code, Assert.Single(Assert.Single(Regions.FindInText(text)).Regions).Code);
    }

    [Fact]
    public void NamesFor_GivesTheFullAndTheShortName()
    {
        Assert.Equal(["杭州市", "杭州"], RegionDirectory.NamesFor(Regions.Find("3301")!));
    }

    [Theory]
    [InlineData("下周去普陀山烧香", "普陀山", "330903")]
    [InlineData("带孩子去乌镇玩两天", "乌镇", "330483")]
    [InlineData("明天一早去萧山机场", "萧山机场", "330109")]
    [InlineData("春节去香港", "香港", "81")]
    [InlineData("国庆去澳门", "澳门", "82")]
    [InlineData("想去台湾看日月潭", "台湾", "71")]
    [InlineData("去油尖旺区买东西", "油尖旺区", "810005")]
    public void FindInText_KnowsLandmarksAndHongKongMacauTaiwan(string text, string name, string code)
    {
        var (found, regions) = Assert.Single(Regions.FindInText(text), p => p.Text == name);

        Assert.Equal(name, found);
        Assert.Equal(code, Assert.Single(regions).Code);
    }

    [Theory]
    [InlineData("小区大堂的灯坏了")]
    [InlineData("中西医结合门诊几点开门")]
    public void FindInText_FindsNoPlace_InOrdinaryWordsThatAreAlsoDistrictNames(string text)
    {
        Assert.Empty(Regions.FindInText(text));
    }
}
