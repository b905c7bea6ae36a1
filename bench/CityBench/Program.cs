using BuildingBot.CityBench;
using BuildingBot.Community;
using BuildingBot.Dialogs;
using BuildingBot.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// City-scale figures on a seeded PostgreSQL (bench/city.sh seeds it): routing, the dashboard's 三率, the deadline sweep, a
// broadcast to every group, and this process's memory, through the same services the BotHost registers.
// Usage: CityBench <community connection> <redis connection> [routings=2000]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: CityBench <PostgreSQL connection string> <Redis connection string> [routings=2000]");
    return 2;
}

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["BuildingBot:Mode"] = "Production",
    ["ConnectionStrings:Community"] = args[0],
    ["ConnectionStrings:Redis"] = args[1],
}).Build();
var services = new ServiceCollection()
    .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
    .AddCommunity(configuration)
    .AddDialogs(configuration)
    .AddScheduling(configuration);
await using var provider = services.BuildServiceProvider();
var routings = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2000;

var bench = new CityMeasurements(provider, Console.Out);
await bench.CountsAsync();
await bench.RoutingAsync(50, report: false);
ProcessMemory.Print(Console.Out, "memory at rest (after warm-up)");
await bench.RoutingAsync(routings, report: true);
await bench.DashboardAsync(5);
await bench.DeadlineSweepAsync(5);
await bench.BroadcastAsync();
ProcessMemory.Print(Console.Out, "memory after the runs");
return 0;
