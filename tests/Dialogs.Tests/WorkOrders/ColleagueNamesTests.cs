using BuildingBot.Dialogs.WorkOrders;

namespace BuildingBot.Dialogs.Tests.WorkOrders;

public class ColleagueNamesTests
{
    private static readonly (string Name, int GridId)[] Members =
    [
        ("王建华", 1), ("李秀英", 1), ("张志强", 2), ("刘芳", 2), ("陈明", 3), ("赵丽", 3), ("张伟", 3),
    ];

    [Theory]
    [InlineData("小李", 1, "李秀英")]
    [InlineData("老王", 1, "王建华")]
    [InlineData("王姐", 1, "王建华")]
    [InlineData("芳姐", 1, "刘芳")]
    [InlineData("秀英姐", 2, "李秀英")]
    [InlineData("秀英", 2, "李秀英")]
    [InlineData("赵老师", 1, "赵丽")]
    [InlineData("陈明同志", 1, "陈明")]
    [InlineData("劉芳", 1, "刘芳")]
    [InlineData("张志强", 3, "张志强")]
    public void Resolve_FindsTheMember_WhenNamedAsColleaguesDo(string spoken, int gridId, string expected) =>
        Assert.Equal(expected, ColleagueNames.Resolve(spoken, Members, gridId));

    [Fact]
    public void Resolve_PrefersTheOrdersGrid_WhenTheSurnameIsShared()
    {
        Assert.Equal("张志强", ColleagueNames.Resolve("小张", Members, 2));
        Assert.Equal("张伟", ColleagueNames.Resolve("小张", Members, 3));
    }

    [Theory]
    [InlineData("小张", 1)]
    [InlineData("小孙", 1)]
    [InlineData("张三丰", 2)]
    public void Resolve_ReturnsNull_WhenNoOneOrSeveralFit(string spoken, int gridId) =>
        Assert.Null(ColleagueNames.Resolve(spoken, Members, gridId));
}
