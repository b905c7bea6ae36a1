using BuildingBot.Community.DemoData;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.Policies;

public class TopicSubscriptionsTests
{
    private static async Task<CommunityDatabase> DemoAsync(StorageProvider provider = StorageProvider.Sqlite)
    {
        var database = await CommunityDatabase.CreateAsync(provider,
            services => services.AddSingleton(new HomeRegion(RegionDirectory.Shared.Find("330106"))));
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync();
        return database;
    }

    private static Policy Policy(string region, PolicyTopic topic) => new() { RegionCode = region, Topic = topic };

    [Fact]
    public async Task Set_ReplacesTheTopicsAGroupFollows()
    {
        await using var database = await DemoAsync();
        await using var scope = database.Scope();
        var subscriptions = scope.ServiceProvider.GetRequiredService<TopicSubscriptions>();
        var group = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().BuildingGroups.Select(g => g.Id).FirstAsync();

        var demo = await subscriptions.TopicsOfAsync(group, default);
        Assert.True(await subscriptions.SetAsync(group, [PolicyTopic.Schooling, PolicyTopic.Travel, PolicyTopic.Schooling], default));

        Assert.Equal([PolicyTopic.Travel, PolicyTopic.CommunityAffairs], demo);
        Assert.Equal([PolicyTopic.Travel, PolicyTopic.Schooling], await subscriptions.TopicsOfAsync(group, default));
    }

    [Fact]
    public async Task Set_IsFalse_ForAGroupThatDoesNotExist()
    {
        await using var database = await DemoAsync();
        await using var scope = database.Scope();
        var subscriptions = scope.ServiceProvider.GetRequiredService<TopicSubscriptions>();

        Assert.False(await subscriptions.SetAsync(9999, [PolicyTopic.Travel], default));
        Assert.Null(await subscriptions.TopicsOfAsync(9999, default));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task GroupsConcerned_AreThoseFollowingTheTopic_TravelAnywhere_OtherTopicsOnlyAtHome(StorageProvider provider)
    {
        await using var database = await DemoAsync(provider);
        await using var scope = database.Scope();
        var subscriptions = scope.ServiceProvider.GetRequiredService<TopicSubscriptions>();
        var groups = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().BuildingGroups.CountAsync();
        var first = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().BuildingGroups.Select(g => g.Id).FirstAsync();
        await subscriptions.SetAsync(first, [PolicyTopic.Schooling], default);

        Assert.Equal(groups - 1, (await subscriptions.GroupsConcernedByAsync(Policy("3201", PolicyTopic.Travel), default)).Count);
        Assert.Equal(groups - 1, (await subscriptions.GroupsConcernedByAsync(Policy("33", PolicyTopic.CommunityAffairs), default)).Count);
        Assert.Empty(await subscriptions.GroupsConcernedByAsync(Policy("3201", PolicyTopic.CommunityAffairs), default));
        Assert.Equal([first], (await subscriptions.GroupsConcernedByAsync(Policy("330106", PolicyTopic.Schooling), default)).Select(g => g.Id));
        Assert.Empty(await subscriptions.GroupsConcernedByAsync(Policy("00", PolicyTopic.Employment), default));
    }
}
