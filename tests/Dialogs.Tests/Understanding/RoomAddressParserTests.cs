using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class RoomAddressParserTests
{
    [Theory]
    [InlineData("3幢2单元501", "3", 2, "501")]
    [InlineData("3-2-501", "3", 2, "501")]
    [InlineData("12-1101", "12", null, "1101")]
    [InlineData("三号楼二单元", "3", 2, null)]
    [InlineData("5栋", "5", null, null)]
    [InlineData("3号楼501室", "3", null, "501")]
    [InlineData("我住十二栋1单元 302", "12", 1, "302")]
    [InlineData("3幢電梯壞了", "3", null, null)]
    [InlineData("7#楼的电梯", "7", null, null)]
    [InlineData("11# 2单元 702", "11", 2, "702")]
    [InlineData("十二幢", "12", null, null)]
    [InlineData("6棟903", "6", null, "903")]
    [InlineData("八栋三单元幺零二", "8", 3, "102")]
    [InlineData("5幢2单元的，房间号1203", "5", 2, "1203")]
    public void Find_ReadsTheFormsResidentsWrite(string text, string building, int? unit, string? room)
    {
        var address = RoomAddressParser.Find(text);

        Assert.Equal(new RoomAddress(building, unit, room), address);
    }

    [Theory]
    [InlineData("我家住3楼")]
    [InlineData("电梯又坏了")]
    [InlineData("电话13812345678")]
    public void Find_ReturnsNull_WhenNoBuildingOrRoomIsNamed(string text)
    {
        Assert.Null(RoomAddressParser.Find(text));
    }

    [Fact]
    public void ToString_WritesTheUsualForm()
    {
        Assert.Equal("3幢2单元501", new RoomAddress("3", 2, "501").ToString());
    }
}
