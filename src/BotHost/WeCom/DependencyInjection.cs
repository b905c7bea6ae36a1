using BuildingBot.Community.Configuration;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.WeCom.Api;
using BuildingBot.WeCom.Callbacks;
using BuildingBot.WeCom.Crypto;
using StackExchange.Redis;

namespace BuildingBot.BotHost.WeCom;

internal static class DependencyInjection
{
    /// <summary>The WeCom channel, when WeCom:* is configured: callbacks, API client, token cache and sender.</summary>
    public static WeComSettings AddWeComChannel(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = WeComSettings.Read(configuration);
        services.AddSingleton(settings);
        if (!settings.Enabled)
        {
            return settings;
        }

        services.AddSingleton<ReplyAddressLedger>();
        services.AddSingleton<IAccessTokenCache>(provider => configuration.GetRunMode() == RunMode.Production
            ? new RedisAccessTokenCache(provider.GetRequiredService<IDatabase>())
            : new InMemoryAccessTokenCache(provider.GetRequiredService<TimeProvider>()));

        // With the smart bot alone there is no app: replies still go through response_url, member messages fail permanently.
        services.AddSingleton(settings.App is { } credentials
            ? new WeComAppCredentials(settings.CorpId!, credentials.AgentId, credentials.Secret)
            : new WeComAppCredentials(settings.CorpId ?? string.Empty, "0", string.Empty));

        // The default HttpClient logs would print URLs, and WeCom's carry the access token: they are removed.
        services.AddHttpClient<WeComApiClient>(http =>
            {
                http.BaseAddress = settings.ApiBaseUrl;
                http.Timeout = TimeSpan.FromSeconds(10);
            })
            .RemoveAllLoggers();
        services.AddSingleton<IChannelSender, WeComSender>();
        if (settings.App is { } app)
        {
            services.AddKeyedSingleton("app", (provider, _) =>
                new CallbackVerifier(new WeComCrypto(app.Token, app.EncodingAesKey, settings.CorpId!), provider.GetRequiredService<TimeProvider>()));
        }

        if (settings.Bot is { } bot)
        {
            services.AddKeyedSingleton("bot", (provider, _) =>
                new CallbackVerifier(new WeComCrypto(bot.Token, bot.EncodingAesKey, string.Empty), provider.GetRequiredService<TimeProvider>()));
        }

        return settings;
    }
}
