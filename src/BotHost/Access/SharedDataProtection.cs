using BuildingBot.Community.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BuildingBot.BotHost.Access;

/// <summary>
/// The keys that protect the console's sign-in cookie and anti-forgery tokens. In production they live in Redis (under
/// <c>Redis:KeyPrefix</c>), so every replica behind the proxy reads a cookie or form that another one wrote, and a
/// restarted container does not sign everybody out. Embedded mode keeps ASP.NET Core's default (the user profile).
/// </summary>
internal static class SharedDataProtection
{
    public const string ApplicationName = "BuildingBot";
    public const string RedisKey = "data-protection-keys";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        if (configuration.GetRunMode() == RunMode.Production)
        {
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
                new ConfigureOptions<KeyManagementOptions>(options =>
                    options.XmlRepository = new RedisXmlRepository(provider.GetRequiredService<IDatabase>, RedisKey)));
        }

        return services;
    }
}
