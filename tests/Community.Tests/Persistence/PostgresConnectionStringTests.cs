using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BuildingBot.Community.Tests.Persistence;

public class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("Host=db;Username=bot;Password=pw;Database=c", "-c jit=off")]
    [InlineData("Host=db;Username=bot;Password=pw;Database=c;Options=-c statement_timeout=5000", "-c statement_timeout=5000 -c jit=off")]
    [InlineData("Host=db;Username=bot;Password=pw;Database=c;Options=-c jit=on", "-c jit=on")]
    public void WithoutJit_TurnsJitOff_UnlessTheOptionsSetIt(string connection, string options)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithoutJit(connection));

        Assert.Equal(options, result.Options);
        Assert.Equal(("db", "bot", "pw", "c"), (result.Host, result.Username, result.Password, result.Database));
    }

    [Fact]
    public void WithoutJit_RefusesAStringItCannotRead_NamingTheKeyNotTheString()
    {
        var refused = Assert.Throws<InvalidConfigurationException>(() => PostgresConnectionString.WithoutJit("Host=db;Pasword=s3cret-Value"));

        Assert.Equal(ConfigurationKeys.CommunityConnection, refused.Key);
        Assert.DoesNotContain("s3cret", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommunityDatabase_RunsWithoutJit_InProductionMode()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.PostgreSql);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();

        var jit = await db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync();

        Assert.Equal("off", jit);
    }
}
