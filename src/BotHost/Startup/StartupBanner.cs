using BuildingBot.BotHost.Access;
using BuildingBot.Community.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BuildingBot.BotHost.Startup;

/// <summary>Tells the person who ran `dotnet run` which pages to open.</summary>
internal static class StartupBanner
{
    public static void PrintUrlsWhenStarted(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var url = addresses?.FirstOrDefault()?.TrimEnd('/');
            if (url is null)
            {
                return;
            }

            var mode = app.Configuration.GetRunMode();
            var simulator = app.Services.GetRequiredService<AccessSettings>().SimulatorEnabled ? $"{url}/" : "off (Simulator:Enabled)";
            Console.WriteLine($"""

                幸福里助手 BuildingBot is running ({mode} mode). Open:
                  Simulator / 模拟器:     {simulator}
                  Status / 运行概况:      {url}/status
                  API (OpenAPI):          {url}/swagger
                  Jobs (Hangfire):        {url}/hangfire
                  Readiness:              {url}/readyz
                Press Ctrl+C to stop.

                """);
        });
    }
}
