using BuildingBot.Community.Channels;
using BuildingBot.Community.DemoData;
using BuildingBot.Community.Identity;
using BuildingBot.Community.People;
using BuildingBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.Identity;

public class IdentityDirectoryTests
{
    private static async Task<SenderIdentity> ResolveAsync(string userId, string? group)
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync();
        return await scope.ServiceProvider.GetRequiredService<IIdentityDirectory>()
            .ResolveAsync(new ChannelIdentity(ChatChannel.Simulator, userId), group, default);
    }

    [Fact]
    public async Task Resolve_FindsAResidentAndTheirHome()
    {
        var identity = await ResolveAsync("sim-r0001", null);

        Assert.Equal(SenderKind.Resident, identity.Kind);
        Assert.NotNull(identity.HouseholdId);
        Assert.NotNull(identity.HomeBuildingId);
        Assert.Null(identity.GroupBuildingId);
    }

    [Fact]
    public async Task Resolve_FindsAGridMemberAndTheGroupsBuilding()
    {
        var identity = await ResolveAsync("sim-gm02", "sim-g-XF01-3");

        Assert.Equal(SenderKind.GridMember, identity.Kind);
        Assert.Equal(GridMemberRole.BuildingCaptain, identity.Role);
        Assert.Equal("李秀英", identity.DisplayName);
        Assert.NotNull(identity.GroupBuildingId);
    }

    [Fact]
    public async Task Resolve_ReturnsUnknown_ForSomeoneNotInTheRoster()
    {
        var identity = await ResolveAsync("stranger", "no-such-group");

        Assert.Equal(SenderKind.Unknown, identity.Kind);
        Assert.Null(identity.GroupBuildingId);
    }
}
