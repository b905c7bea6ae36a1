using BuildingBot.Community.Configuration;
using BuildingBot.WeCom.Crypto;

namespace BuildingBot.BotHost.WeCom;

/// <summary>
/// The WeCom keys (README "Connect to WeCom"), read and validated at start-up. A part is enabled when
/// any of its keys is set, and then every key of it must be right; values never appear in messages.
/// </summary>
internal sealed record WeComSettings(string? CorpId, Uri ApiBaseUrl, AppSettings? App, BotSettings? Bot)
{
    public const string DefaultApiBaseUrl = "https://qyapi.weixin.qq.com/";

    public bool Enabled => App is not null || Bot is not null;

    public static WeComSettings Read(IConfiguration configuration)
    {
        var corpId = configuration["WeCom:CorpId"];
        var baseText = configuration["WeCom:ApiBaseUrl"] is { Length: > 0 } configured ? configured : DefaultApiBaseUrl;
        if (!Uri.TryCreate(baseText.EndsWith('/') ? baseText : baseText + "/", UriKind.Absolute, out var apiBase))
        {
            throw new InvalidConfigurationException("WeCom:ApiBaseUrl", "The WeCom API base URL is not an absolute URL");
        }

        AppSettings? app = null;
        if (AnySet(configuration, "WeCom:App:AgentId", "WeCom:App:Secret", "WeCom:App:Token", "WeCom:App:EncodingAesKey"))
        {
            Require(configuration, "WeCom:CorpId", "the corp id (企业ID)");
            app = new AppSettings(
                Require(configuration, "WeCom:App:AgentId", "the app's AgentId"),
                Require(configuration, "WeCom:App:Secret", "the app's Secret"),
                Require(configuration, "WeCom:App:Token", "the app's callback Token"),
                Key(configuration, "WeCom:App:EncodingAesKey"));
        }

        BotSettings? bot = null;
        if (AnySet(configuration, "WeCom:Bot:Token", "WeCom:Bot:EncodingAesKey"))
        {
            bot = new BotSettings(
                Require(configuration, "WeCom:Bot:Token", "the smart bot's callback Token"),
                Key(configuration, "WeCom:Bot:EncodingAesKey"),
                configuration["WeCom:Bot:Name"] is { Length: > 0 } name ? name.Trim() : BotSettings.DefaultName);
        }

        return new WeComSettings(corpId, apiBase, app, bot);
    }

    private static bool AnySet(IConfiguration configuration, params string[] keys) => keys.Any(k => !string.IsNullOrEmpty(configuration[k]));

    private static string Require(IConfiguration configuration, string key, string what) =>
        configuration[key] is { Length: > 0 } value ? value : throw new InvalidConfigurationException(key, $"WeCom needs {what}");

    private static string Key(IConfiguration configuration, string key)
    {
        var value = Require(configuration, key, "an EncodingAESKey");
        return WeComCrypto.IsValidEncodingAesKey(value)
            ? value
            : throw new InvalidConfigurationException(key, $"An EncodingAESKey is {WeComCrypto.EncodingAesKeyLength} base64 characters, as the WeCom console shows it");
    }
}
