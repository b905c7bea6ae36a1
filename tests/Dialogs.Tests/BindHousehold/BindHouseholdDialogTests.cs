using BuildingBot.Community.Places;
using BuildingBot.Dialogs.BindHousehold;
using BuildingBot.Dialogs.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Dialogs.Tests.BindHousehold;

public class BindHouseholdDialogTests
{
    private static Task<int?> HouseholdOfAsync(DialogsHost host, string userId) =>
        host.QueryAsync(db => db.Residents.Where(r => r.ChannelUserId == userId).Select(r => r.HouseholdId).SingleOrDefaultAsync());

    [Fact]
    public async Task Bind_AsksForTheRoomConfirmsAndLinks_WhenTheResidentIsNew()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("newcomer", "小周")
            .Send("绑定房号").AssertReply(BindHouseholdDialog.AskAddress)
            .Send("幸福家园3幢2单元501").AssertReplyContains("确认把您绑定到 幸福家园3幢2单元501 吗")
            .Send("是的").AssertReplyContains("绑定成功");

        var household = await HouseholdOfAsync(flow.Host, "newcomer");
        Assert.NotNull(household);
        var room = await flow.Host.QueryAsync(db => db.Households.Where(h => h.Id == household).Select(h => h.Room).SingleAsync());
        Assert.Equal("501", room);
    }

    [Fact]
    public async Task Bind_SkipsTheQuestion_WhenTheAddressCameWithTheRequest()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("newcomer", "小周")
            .Send("绑定 和平里5栋1单元302").AssertReplyContains("确认把您绑定到 和平里5幢1单元302 吗")
            .Send("好").AssertReplyContains("绑定成功");
    }

    [Theory]
    [InlineData("K7Q4M2XZ9P")]
    [InlineData("ABCDEFGHJK")]
    [InlineData("0123456789")]
    public async Task Bind_AcceptsAHouseholdCode(string stored)
    {
        await using var flow = await TestFlow.CreateAsync();
        var code = HouseholdCode.FromStored(stored);
        var first = await flow.Host.QueryAsync(db => db.Households.OrderBy(h => h.Id).Select(h => h.Id).FirstAsync());
        await flow.Host.QueryAsync(db => db.Households.Where(h => h.Id == first)
            .ExecuteUpdateAsync(set => set.SetProperty(h => h.Code, code)));

        await flow.As("newcomer", "小周")
            .Send("绑定房号").AssertReply(BindHouseholdDialog.AskAddress)
            .Send($"我的百姓码是 {code.Value.ToLowerInvariant()}").AssertReplyContains("幸福家园1幢1单元101")
            .Send("对").AssertReplyContains("绑定成功");
    }

    [Fact]
    public async Task Bind_MovesToThePrivateChat_WhenAskedInAGroup()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("newcomer", "小周").InGroup("sim-g-XF01-3")
            .Send("绑定房号").AssertReplyContains("私聊", privately: false)
            .AssertReply(BindHouseholdDialog.AskAddress)
            .InPrivate().Send("3幢2单元501").AssertReplyContains("确认把您绑定到 幸福家园3幢2单元501", privately: true)
            .Send("是").AssertReplyContains("绑定成功", privately: true);
    }

    [Fact]
    public async Task Bind_AsksForTheCompound_WhenTheRoomExistsInTwo()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("newcomer", "小周")
            .Send("绑定房号").AssertReply(BindHouseholdDialog.AskAddress)
            .Send("3幢2单元501").AssertReplyContains("加上小区名")
            .Send("和平里3幢2单元501").AssertReplyContains("和平里3幢2单元501");
    }

    [Fact]
    public async Task Bind_EndsPolitely_AfterThreeUnknownRooms()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("newcomer", "小周")
            .Send("绑定房号").AssertReply(BindHouseholdDialog.AskAddress)
            .Send("99幢1单元101").AssertReplyContains("没有找到")
            .Send("我也不知道").AssertReplyContains("没有找到")
            .Send("88幢").AssertReplyContains("这件事先到这里")
            .Send("是").AssertReplyContains("没太明白");

        Assert.Null(await HouseholdOfAsync(flow.Host, "newcomer"));
    }

    [Fact]
    public async Task Bind_ChangesNothing_WhenTheResidentSaysNo()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("newcomer", "小周")
            .Send("绑定 幸福家园3幢2单元501").AssertReplyContains("确认")
            .Send("不是").AssertReplyContains("没有绑定");

        Assert.Null(await HouseholdOfAsync(flow.Host, "newcomer"));
    }
}
