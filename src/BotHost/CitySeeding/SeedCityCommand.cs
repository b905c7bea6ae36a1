using System.Diagnostics;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.BotHost.CitySeeding;

/// <summary>
/// `seed-city [--compounds 2000] [--buildings-per-compound 20] [--households-per-building 40] [--orders 2000000] …`: writes a
/// synthetic city (places, people, grids, building groups, two years of work orders) into the production database, the same
/// rows for the same <c>--seed</c> and <c>--until</c>. PostgreSQL only; refuses a database that already has places or orders
/// unless <c>--append</c> (or <c>--force</c>) says to add to it.
/// </summary>
internal static class SeedCityCommand
{
    public static bool IsSeedCity(string[] args) => args is ["seed-city", ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        var (shape, problem) = CityShape.Parse(args);
        if (shape is null)
        {
            Console.Error.WriteLine(problem);
            Console.Error.WriteLine(CityShape.Usage);
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        if (!db.Database.IsNpgsql())
        {
            Console.Error.WriteLine(
                "seed-city writes with PostgreSQL's COPY and runs in production mode only: set BuildingBot:Mode=Production and " +
                "ConnectionStrings:Community to a PostgreSQL database (this one is SQLite).");
            return 1;
        }

        if (!shape.Append && (await db.Compounds.AnyAsync() || await db.WorkOrders.AnyAsync()))
        {
            Console.Error.WriteLine("The database already has compounds or work orders; seed-city writes into an empty one. Add --append to add a city to it.");
            return 1;
        }

        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var until = shape.Until ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var end = new DateTimeOffset(until.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        Console.WriteLine(
            $"seed-city: {shape.Compounds:N0} compounds × {shape.BuildingsPerCompound} buildings × {shape.HouseholdsPerBuilding} households, " +
            $"{shape.Grids:N0} grids × {shape.GridMembersPerGrid} members, {shape.Orders:N0} orders until {until:yyyy-MM-dd}, seed {shape.Seed}");
        var watch = Stopwatch.StartNew();
        var seeder = new CitySeeder(
            db, scope.ServiceProvider.GetRequiredService<IOptions<WorkOrderOptions>>().Value,
            scope.ServiceProvider.GetRequiredService<CommunityTimeZone>(), Console.Out);
        var rows = await seeder.SeedAsync(shape, end, CancellationToken.None);
        Console.WriteLine($"seed-city: {rows:N0} rows in {watch.Elapsed.TotalSeconds:F1} s ({rows / Math.Max(0.001, watch.Elapsed.TotalSeconds):N0} rows/s)");
        return 0;
    }
}
