using BuildingBot.BotHost;
using BuildingBot.BotHost.Access;
using BuildingBot.BotHost.Admin;
using BuildingBot.BotHost.Broadcasts;
using BuildingBot.BotHost.Health;
using BuildingBot.BotHost.Home;
using BuildingBot.BotHost.Households;
using BuildingBot.BotHost.Observability;
using BuildingBot.BotHost.Open311;
using BuildingBot.BotHost.Policies;
using BuildingBot.BotHost.Roster;
using BuildingBot.BotHost.Simulator;
using BuildingBot.BotHost.StaffConsole;
using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.BotHost.Volunteering;
using BuildingBot.BotHost.Startup;
using BuildingBot.BotHost.Understanding;
using BuildingBot.BotHost.WeCom;
using BuildingBot.BotHost.WorkOrders;
using BuildingBot.Community;
using BuildingBot.Community.Configuration;
using BuildingBot.Dialogs;
using BuildingBot.Scheduling;
using Hangfire;

if (HostCommands.Misplaced(args) is { } misplaced)
{
    Console.Error.WriteLine(HostCommands.Problem(misplaced));
    return 2;
}

if (UnderstandCommand.IsUnderstand(args))
{
    return UnderstandCommand.Run(args);
}

if (HealthProbeCommand.IsHealthProbe(args))
{
    return await HealthProbeCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
bool seedDemoData;
try
{
    builder.Services
        .AddCommunity(builder.Configuration)
        .AddDialogs(builder.Configuration)
        .AddScheduling(builder.Configuration)
        .AddBotHost(builder.Configuration)
        .AddStaffConsole(builder.Configuration)
        .AddObservability(builder.Configuration);
    seedDemoData = builder.Configuration.GetValue("BuildingBot:DemoData", builder.Configuration.GetRunMode() == RunMode.Embedded);
}
catch (InvalidConfigurationException exception)
{
    return StartupFailure.Report(exception);
}

var app = builder.Build();
try
{
    var command = MigrateCommand.IsMigrate(args) || ImportCommand.IsImport(args);
    await app.PrepareStorageAsync(
        seedDemoData && !command, MigrateCommand.IsMigrate(args) || app.Configuration.GetValue(StorageStartup.MigrateAtStartupKey, true));
}
catch (StartupFailedException exception)
{
    return StartupFailure.Report(exception);
}

if (MigrateCommand.IsMigrate(args))
{
    return MigrateCommand.Report(app);
}

if (ImportCommand.IsImport(args))
{
    return await ImportCommand.RunAsync(app, args);
}

if (BuildingBot.BotHost.CitySeeding.SeedCityCommand.IsSeedCity(args))
{
    return await BuildingBot.BotHost.CitySeeding.SeedCityCommand.RunAsync(app, args);
}

if (AddStaffCommand.IsAddStaff(args))
{
    return await AddStaffCommand.RunAsync(app, args);
}

var access = app.Services.GetRequiredService<AccessSettings>();
app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseSecurityHeaders();
app.UseAuthentication();
if (access.SimulatorEnabled)
{
    app.UseDefaultFiles();
    app.UseStaticFiles();
}

app.UseStaffOnly("/swagger");
app.UseSwaggerUI();
app.UseRouting();
app.UseAuthorization();
app.UseMiddleware<BuildingBot.BotHost.StaffConsole.Audit.AuditMiddleware>();

app.MapSwagger().RequireAuthorization(AccessPolicies.StaffPage);
app.MapHangfireDashboardWithAuthorizationPolicy(AccessPolicies.StaffPage, "/hangfire");
app.MapHomePage();
app.MapStaffConsole();
app.MapHealth();
app.MapObservability();
app.MapRosterImport();
app.MapOutboxAdmin();
app.MapHouseholdQr();
app.MapRosterAdmin();
app.MapWorkOrderAdmin();
app.MapBroadcastAdmin();
app.MapActivityAdmin();
app.MapPolicyAdmin();
app.MapPolicyNotifications();
app.MapTopicSubscriptionAdmin();
app.MapUnderstanding();
app.MapUnresolvedMessages();
app.MapOpen311();
if (access.SimulatorEnabled)
{
    app.MapSimulator();
}

var weCom = app.Services.GetRequiredService<WeComSettings>();
app.MapWeComCallbacks(weCom);
app.MapWeComAdmin(weCom);

app.PrintUrlsWhenStarted();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the host tests.</summary>
public partial class Program;
