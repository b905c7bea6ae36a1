using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class ProblemConceptsTests
{
    private static ProblemProfile Read(string text) => ProblemConcepts.Shared.Read(ChineseText.Normalize(text));

    [Theory]
    [InlineData("我住9楼，楼上装修一大早就电钻")]
    [InlineData("我是102的保姆，楼下水表井盖子裂了")]
    [InlineData("替我奶奶说，她住12楼，电梯按键没反应")]
    [InlineData("按键失灵，只能坐到5楼再走上去")]
    [InlineData("坐左侧那台梯按自己楼层没反应，只能坐到11楼再爬一层")]
    [InlineData("电梯到不了顶楼，每次都要多走两层")]
    [InlineData("电梯又不动了，我背着孙子爬到11楼")]
    [InlineData("楼梯上有个老爷子摔了，头破了，打120了")]
    public void Read_NamesNoFloor_WhenTheNumberIsWhereTheReporterLivesOrRides(string text) =>
        Assert.Empty(Read(text).Floors);

    [Theory]
    [InlineData("5-2-601楼上天天后半夜咣咣的，敲门还骂人")]
    [InlineData("8幢1单元302，楼上淹我家，人家不认账")]
    [InlineData("我家1502隔壁装修一直在砸墙")]
    public void Read_NamesNoRoomOrFloor_WhenTheRoomIsWhereTheProblemIsToldFrom(string text)
    {
        var profile = Read(text);

        Assert.Empty(profile.Identifiers);
        Assert.Empty(profile.Floors);
    }

    [Theory]
    [InlineData("楼道蟑螂多，3-5楼尤其严重", 4)]
    [InlineData("高层水压低，15楼以上出水很小", 17)]
    public void Read_CoversEveryFloor_WhenTheReportNamesARange(string text, int floor) =>
        Assert.Contains(floor, Read(text).Floors);

    [Fact]
    public void Read_TellsBasementLevelsApart_ThoughACountOfFloorsIsNoFloor()
    {
        Assert.Equal([1], Read("地下一层车库的灯全灭了").Floors);
        Assert.Equal([2], Read("地下二层车库的灯全灭了").Floors);
    }

    [Fact]
    public void Read_NamesTheReportersOwnFlat_ButNotAsWhereTheProblemIs()
    {
        var profile = Read("楼下502阿姨讲她家厕所天花板往下淌水，我们是602");

        Assert.Equal(["502"], profile.Identifiers);
        Assert.Equal(["502", "602"], profile.NamedIdentifiers.Order());
    }

    [Fact]
    public void Read_ReadsAnIdentifierTheSame_WithOrWithoutAHyphen() =>
        Assert.Equal(Read("地库B-103被占了").Identifiers, Read("车库B103那辆车").Identifiers);

    [Fact]
    public void Read_NamesNoSide_WhenTheReportSaysBothWays() =>
        Assert.Empty(Read("车库出入口那段斜坡冻住了").Sides);

    [Fact]
    public void Read_NamesTheFlatAboveTheCeiling_AndKeepsARelativesFlatOutOfThePlace()
    {
        Assert.Equal(["1102"], Read("楼上1102洗衣机一洗衣服我家天花板就滴水").Identifiers);
        Assert.Empty(Read("我亲家住12幢1102，楼上洗衣机的水漏下来").Identifiers);
    }

    [Fact]
    public void Read_NumbersAThingOfAKind_ButNotTheBuildingOrADate()
    {
        Assert.Equal(["#1"], Read("A座1号梯困人了").Identifiers);
        Assert.NotEqual(Read("一号垃圾房两天没人收了").Identifiers, Read("二号垃圾房两天没人收了").Identifiers);
        Assert.Empty(Read("3号楼电梯从5号下午就停了").Identifiers);
    }

    [Theory]
    [InlineData("fire exit 被 bikes 堵了")]
    [InlineData("fire-exit 被 bikes 堵了")]
    public void Parse_FindsAnEnglishTermOfSeveralWords_WithHyphensOrSpaces(string text)
    {
        var concepts = ProblemConcepts.Parse("p exit 2: fire-exit\no bicycle 2: bikes");

        Assert.Contains(concepts.Read(text).Places, c => c.Name == "exit");
    }

    [Fact]
    public void Read_ReadsASlipInAWordThatSaysWhere_AsTheWord()
    {
        Assert.Equal([3], Read("三搂蟑郎多").Floors);
        Assert.Equal([1], Read("1单无电梯坏了").Units);
    }
}
