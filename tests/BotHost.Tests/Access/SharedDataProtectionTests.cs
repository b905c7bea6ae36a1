using BuildingBot.TestSupport;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace BuildingBot.BotHost.Tests.Access;

/// <summary>Replicas behind one proxy must read each other's console cookies and anti-forgery tokens.</summary>
public class SharedDataProtectionTests
{
    [Fact]
    public async Task Unprotect_ReadsWhatAnotherReplicaProtected_WhenBothRunInProduction()
    {
        var prefix = $"test-{Guid.NewGuid():N}:";
        await using var first = await BotHostFactory.ProductionAsync(("Redis:KeyPrefix", prefix));
        await using var second = await BotHostFactory.ProductionAsync(("Redis:KeyPrefix", prefix));

        var token = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("console").Protect("王主任");
        var read = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("console").Unprotect(token);

        Assert.Equal("王主任", read);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServers.RedisConnectionString);
        Assert.True(await redis.GetDatabase().ListLengthAsync($"{prefix}data-protection-keys") >= 1);
    }
}
