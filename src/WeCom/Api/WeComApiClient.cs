using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace BuildingBot.WeCom.Api;

/// <summary>
/// Calls WeCom's server API for one app: access tokens from the shared cache (refreshed and the call
/// retried once on 40014/42001; 40001 is never retried), JSON in and out, WeCom errors as
/// <see cref="WeComApiException"/>. Tokens and secrets never reach a log.
/// </summary>
public sealed partial class WeComApiClient(HttpClient http, IAccessTokenCache tokens, WeComAppCredentials app, ILogger<WeComApiClient> logger)
{
    /// <summary>message/send: a text to members (userids joined by |).</summary>
    public Task SendTextAsync(string toUser, string content, CancellationToken cancellationToken) =>
        CallAsync("message/send", new Dictionary<string, object>
        {
            ["touser"] = toUser, ["msgtype"] = "text", ["agentid"] = AgentId, ["text"] = new { content },
        }, cancellationToken);

    /// <summary>message/send: markdown to members.</summary>
    public Task SendMarkdownAsync(string toUser, string content, CancellationToken cancellationToken) =>
        CallAsync("message/send", new Dictionary<string, object>
        {
            ["touser"] = toUser, ["msgtype"] = "markdown", ["agentid"] = AgentId, ["markdown"] = new { content },
        }, cancellationToken);

    /// <summary>
    /// message/send: a button_interaction template card; each button's key comes back as a
    /// template_card_event. WeCom shows at most 6 buttons.
    /// </summary>
    public Task SendButtonCardAsync(string toUser, string title, string text, IReadOnlyList<(string Text, string Key)> buttons, string taskId, CancellationToken cancellationToken) =>
        CallAsync("message/send", new Dictionary<string, object>
        {
            ["touser"] = toUser,
            ["msgtype"] = "template_card",
            ["agentid"] = AgentId,
            ["template_card"] = new
            {
                card_type = "button_interaction",
                main_title = new { title },
                sub_title_text = text,
                task_id = taskId,
                button_list = buttons.Take(6).Select(b => new { text = b.Text, style = 1, key = b.Key }).ToList(),
            },
        }, cancellationToken);

    /// <summary>message/update_template_card: after a click, the card's buttons turn into one disabled "已处理" button.</summary>
    public Task UpdateButtonCardAsync(string user, string responseCode, string replaceName, CancellationToken cancellationToken) =>
        CallAsync("message/update_template_card", new Dictionary<string, object>
        {
            ["userids"] = new[] { user }, ["agentid"] = AgentId, ["response_code"] = responseCode, ["button"] = new { replace_name = replaceName },
        }, cancellationToken);

    /// <summary>The group robot webhook (群机器人): no token, the key is the credential; 20 messages a minute per robot.</summary>
    public Task SendWebhookTextAsync(string key, string content, CancellationToken cancellationToken) =>
        WeComTelemetry.TrackAsync("webhook/send", async () =>
        {
            using var response = await http.PostAsJsonAsync(
                new Uri($"cgi-bin/webhook/send?key={Uri.EscapeDataString(key)}", UriKind.Relative), new { msgtype = "text", text = new { content } }, cancellationToken)
                .ConfigureAwait(false);
            return await ReadAsync(response, "webhook/send", cancellationToken).ConfigureAwait(false);
        });

    /// <summary>externalcontact/groupchat/list then /get: the customer groups (residents' groups) with their names and owners.</summary>
    public async Task<IReadOnlyList<(string ChatId, string Name, string Owner)>> ListCustomerGroupsAsync(CancellationToken cancellationToken)
    {
        var groups = new List<(string, string, string)>();
        string? cursor = null;
        do
        {
            var page = await CallAsync("externalcontact/groupchat/list", new { status_filter = 0, limit = 100, cursor = cursor ?? string.Empty }, cancellationToken)
                .ConfigureAwait(false);
            foreach (var item in page.GetProperty("group_chat_list").EnumerateArray())
            {
                var chatId = item.GetProperty("chat_id").GetString()!;
                var detail = await CallAsync("externalcontact/groupchat/get", new { chat_id = chatId, need_name = 1 }, cancellationToken).ConfigureAwait(false);
                var chat = detail.GetProperty("group_chat");
                groups.Add((chatId, chat.TryGetProperty("name", out var name) ? name.GetString() ?? string.Empty : string.Empty,
                    chat.TryGetProperty("owner", out var owner) ? owner.GetString() ?? string.Empty : string.Empty));
            }

            cursor = page.TryGetProperty("next_cursor", out var next) && next.GetString() is { Length: > 0 } more ? more : null;
        }
        while (cursor is not null);

        return groups;
    }

    /// <summary>appchat/create: an app group chat of internal members; returns its chat id.</summary>
    public async Task<string> CreateAppChatAsync(string name, string owner, IReadOnlyList<string> members, string chatId, CancellationToken cancellationToken)
    {
        var body = await CallAsync("appchat/create", new { name, owner, userlist = members, chatid = chatId }, cancellationToken).ConfigureAwait(false);
        return body.GetProperty("chatid").GetString()!;
    }

    /// <summary>appchat/update: rename, change owner, add or remove members.</summary>
    public Task UpdateAppChatAsync(string chatId, string? name, IReadOnlyList<string> addMembers, IReadOnlyList<string> removeMembers, CancellationToken cancellationToken) =>
        CallAsync("appchat/update", new { chatid = chatId, name, add_user_list = addMembers, del_user_list = removeMembers }, cancellationToken);

    /// <summary>appchat/get: the chat's name, owner and members.</summary>
    public async Task<(string Name, string Owner, IReadOnlyList<string> Members)> GetAppChatAsync(string chatId, CancellationToken cancellationToken)
    {
        var body = await GetAsync("appchat/get", $"chatid={Uri.EscapeDataString(chatId)}", cancellationToken).ConfigureAwait(false);
        var chat = body.GetProperty("chat_info");
        return (chat.GetProperty("name").GetString() ?? string.Empty, chat.GetProperty("owner").GetString() ?? string.Empty,
            chat.GetProperty("userlist").EnumerateArray().Select(u => u.GetString()!).ToList());
    }

    /// <summary>appchat/send: a text into an app group chat.</summary>
    public Task SendAppChatTextAsync(string chatId, string content, CancellationToken cancellationToken) =>
        CallAsync("appchat/send", new { chatid = chatId, msgtype = "text", text = new { content } }, cancellationToken);

    /// <summary>externalcontact/add_msg_template: a post into customer groups that the group owner confirms in the client.</summary>
    public Task AddGroupMessageTemplateAsync(string owner, IReadOnlyList<string> chatIds, string content, CancellationToken cancellationToken) =>
        CallAsync("externalcontact/add_msg_template", new
        {
            chat_type = "group", sender = owner, chat_id_list = chatIds, text = new { content },
        }, cancellationToken);

    /// <summary>The smart bot's late reply through the response_url WeCom gave with the message (usable once, within an hour).</summary>
    public Task ReplyAsync(Uri responseUrl, string markdown, CancellationToken cancellationToken) =>
        WeComTelemetry.TrackAsync("response_url", async () =>
        {
            using var response = await http.PostAsJsonAsync(responseUrl, new { msgtype = "markdown", markdown = new { content = markdown } }, cancellationToken)
                .ConfigureAwait(false);
            return await ReadAsync(response, "response_url", cancellationToken).ConfigureAwait(false);
        });

    /// <summary>
    /// auth/getuserinfo: who signed in through the app's OAuth2 (网页授权 or 扫码登录) with <paramref name="code"/> (usable once,
    /// for five minutes; 40029 otherwise): the member's userid, or null for someone outside the corp (WeCom gives an openid).
    /// </summary>
    public async Task<string?> GetSignInUserIdAsync(string code, CancellationToken cancellationToken)
    {
        var body = await GetAsync("auth/getuserinfo", $"code={Uri.EscapeDataString(code)}", cancellationToken).ConfigureAwait(false);
        return body.TryGetProperty("userid", out var userId) && userId.GetString() is { Length: > 0 } id ? id
            : body.TryGetProperty("UserId", out var legacy) && legacy.GetString() is { Length: > 0 } old ? old : null;
    }

    /// <summary>POSTs to /cgi-bin/{path} with the app's token; refreshes the token and retries once when WeCom refuses it.</summary>
    public Task<JsonElement> CallAsync(string path, object payload, CancellationToken cancellationToken) =>
        WithTokenAsync(path, token => PostAsync(path, payload, token, cancellationToken), cancellationToken);

    /// <summary>GETs /cgi-bin/{path}?{query} with the app's token, refreshing it once when refused.</summary>
    private Task<JsonElement> GetAsync(string path, string query, CancellationToken cancellationToken) =>
        WithTokenAsync(path, token => WeComTelemetry.TrackAsync(path, async () =>
        {
            using var response = await http.GetAsync(new Uri($"cgi-bin/{path}?{query}&access_token={Uri.EscapeDataString(token)}", UriKind.Relative), cancellationToken)
                .ConfigureAwait(false);
            return await ReadAsync(response, path, cancellationToken).ConfigureAwait(false);
        }), cancellationToken);

    private async Task<JsonElement> WithTokenAsync(string path, Func<string, Task<JsonElement>> call, CancellationToken cancellationToken)
    {
        var token = await TokenAsync(null, cancellationToken).ConfigureAwait(false);
        try
        {
            return await call(token).ConfigureAwait(false);
        }
        catch (WeComApiException exception) when (WeComErrorCodes.IsTokenProblem(exception.ErrorCode))
        {
            LogTokenRefused(path, exception.ErrorCode);
            return await call(await TokenAsync(token, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        }
    }

    private int AgentId => int.Parse(app.AgentId, CultureInfo.InvariantCulture);

    private Task<string> TokenAsync(string? stale, CancellationToken cancellationToken) =>
        tokens.GetAsync(app.CacheKey, FetchTokenAsync, stale, cancellationToken);

    private async Task<(string, TimeSpan)> FetchTokenAsync(CancellationToken cancellationToken)
    {
        var uri = new Uri($"cgi-bin/gettoken?corpid={Uri.EscapeDataString(app.CorpId)}&corpsecret={Uri.EscapeDataString(app.Secret)}", UriKind.Relative);
        var body = await WeComTelemetry.TrackAsync("gettoken", async () =>
        {
            using var response = await http.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            return await ReadAsync(response, "gettoken", cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        LogTokenFetched(app.AgentId);
        return (body.GetProperty("access_token").GetString()!, TimeSpan.FromSeconds(body.GetProperty("expires_in").GetInt32()));
    }

    private Task<JsonElement> PostAsync(string path, object payload, string token, CancellationToken cancellationToken) =>
        WeComTelemetry.TrackAsync(path, async () =>
        {
            var uri = new Uri($"cgi-bin/{path}?access_token={Uri.EscapeDataString(token)}", UriKind.Relative);
            using var response = await http.PostAsJsonAsync(uri, payload, cancellationToken).ConfigureAwait(false);
            return await ReadAsync(response, path, cancellationToken).ConfigureAwait(false);
        });

    private async Task<JsonElement> ReadAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            LogHttpFailed(what, (int)response.StatusCode);
            throw new WeComApiException(0, $"HTTP {(int)response.StatusCode} from {what}") { HttpStatus = (int)response.StatusCode };
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        var code = body.TryGetProperty("errcode", out var errcode) ? errcode.GetInt32() : 0;
        if (code != 0)
        {
            var message = body.TryGetProperty("errmsg", out var errmsg) ? errmsg.GetString() : null;
            LogWeComError(what, code, message);
            throw new WeComApiException(code, message);
        }

        return body.Clone();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched a WeCom access token for agent {AgentId}")]
    private partial void LogTokenFetched(string agentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "WeCom refused the access token on {Path} ({ErrorCode}); refreshing and retrying once")]
    private partial void LogTokenRefused(string path, int errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom {What} failed with HTTP {Status}")]
    private partial void LogHttpFailed(string what, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom {What} answered error {ErrorCode}: {ErrorMessage}")]
    private partial void LogWeComError(string what, int errorCode, string? errorMessage);
}
