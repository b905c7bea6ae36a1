using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using BuildingBot.TestSupport;
using Microsoft.Extensions.Logging;

namespace BuildingBot.BotHost.Tests.WeCom;

/// <summary>
/// A loopback stand-in for WeCom's API with its JSON shapes and error codes: gettoken (40001 on a
/// wrong secret), tokens that can be expired on demand (42001), message/send, appchat/send and
/// response_url targets, and auth/getuserinfo for OAuth2 sign-in (<see cref="SignInCodes"/>). Records every call, and every delivery with the time of <see cref="Clock"/>. While
/// <see cref="Outage"/> is set, each API call (gettoken, message/send, appchat, webhook) asks it how to fail.
/// </summary>
public sealed class FakeWeCom : IAsyncDisposable
{
    public const string Secret = "fake-app-secret";

    private readonly WebApplication _app;
    private int _tokenNumber;
    private volatile string? _current;
    private int _expiredCode = 42001;
    private readonly ConcurrentDictionary<string, bool> _usedResponseUrls = new(StringComparer.Ordinal);

    private FakeWeCom(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public ConcurrentQueue<(string Path, string Body)> Calls { get; } = new();

    /// <summary>The clock that stamps <see cref="Deliveries"/> (a test's fake clock, so limits can be checked in its time).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Messages WeCom took (message/send, appchat/send, webhook/send), with the path and the time of <see cref="Clock"/>.</summary>
    public ConcurrentQueue<(DateTimeOffset At, string Path, string Body)> Deliveries { get; } = new();

    /// <summary>While set, decides per API call whether and how WeCom fails it.</summary>
    public Func<WeComFault>? Outage { get; set; }

    public int TokensIssued => _tokenNumber;

    /// <summary>OAuth2 sign-in codes WeCom would hand out (code → member userid); each works once, as WeCom's do.</summary>
    public ConcurrentDictionary<string, string> SignInCodes { get; } = new(StringComparer.Ordinal);

    public IEnumerable<JsonElement> Sent(string path) =>
        Calls.Where(c => c.Path == path).Select(c => JsonDocument.Parse(c.Body).RootElement);

    /// <summary>The token handed out so far stops working; WeCom answers 42001 until a new one is fetched.</summary>
    public void ExpireCurrentToken(int code = 42001)
    {
        _current = null;
        _expiredCode = code;
    }

    public static async Task<FakeWeCom> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeWeCom(app, new Uri($"http://127.0.0.1:{port}/"));
        app.MapGet("/cgi-bin/gettoken", async (string corpid, string corpsecret, HttpContext context) =>
        {
            fake.Calls.Enqueue(("gettoken", "{}"));
            if (await fake.FaultAsync(context) is { } failed)
            {
                return failed;
            }

            if (corpsecret != Secret)
            {
                return Results.Json(new { errcode = 40001, errmsg = "invalid credential" });
            }

            var token = $"token-{Interlocked.Increment(ref fake._tokenNumber)}";
            fake._current = token;
            return Results.Json(new { errcode = 0, errmsg = "ok", access_token = token, expires_in = 7200 });
        });
        app.MapGet("/cgi-bin/auth/getuserinfo", (string? access_token, string? code) =>
        {
            // OAuth2 sign-in: a code in SignInCodes is a member's (userid), "outsider" someone outside the corp (openid), else 40029.
            fake.Calls.Enqueue(("auth/getuserinfo", "{}"));
            if (access_token != fake._current)
            {
                return Results.Json(new { errcode = fake._expiredCode, errmsg = "invalid access_token" });
            }

            return code is not null && fake.SignInCodes.TryRemove(code, out var userId)
                ? Results.Json(new { errcode = 0, errmsg = "ok", userid = userId, user_ticket = "fake-ticket" })
                : code == "outsider"
                    ? Results.Json(new { errcode = 0, errmsg = "ok", openid = "oOutsider", external_userid = "wmOutsider" })
                    : Results.Json(new { errcode = 40029, errmsg = "invalid code" });
        });
        app.MapPost("/cgi-bin/{**path}", async (string path, string? access_token, string? key, HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            if (await fake.FaultAsync(request.HttpContext) is { } failed)
            {
                return failed;
            }

            if (path == "webhook/send")
            {
                fake.Calls.Enqueue(($"webhook/send?key={key}", body));
                fake.Deliveries.Enqueue((fake.Clock.GetUtcNow(), $"webhook/send?key={key}", body));
                return Results.Json(new { errcode = 0, errmsg = "ok" });
            }

            if (access_token != fake._current)
            {
                return Results.Json(new { errcode = fake._expiredCode, errmsg = "invalid access_token" });
            }

            if (path == "message/send" && body.Contains("\"touser\":\"ghost\"", StringComparison.Ordinal))
            {
                return Results.Json(new { errcode = 81013, errmsg = "UserID, department and tag are all invalid" });
            }

            fake.Calls.Enqueue((path, body));
            if (path is "message/send" or "appchat/send")
            {
                fake.Deliveries.Enqueue((fake.Clock.GetUtcNow(), path, body));
            }

            return path switch
            {
                "externalcontact/groupchat/list" => Results.Json(new
                {
                    errcode = 0, errmsg = "ok", next_cursor = string.Empty,
                    group_chat_list = new[] { new { chat_id = "wrCustomer1", status = 0 }, new { chat_id = "wrCustomer2", status = 0 } },
                }),
                "externalcontact/groupchat/get" => Results.Json(new
                {
                    errcode = 0, errmsg = "ok",
                    group_chat = new { chat_id = JsonDocument.Parse(body).RootElement.GetProperty("chat_id").GetString(), name = "业主群", owner = "WangJianHua" },
                }),
                _ => Results.Json(new { errcode = 0, errmsg = "ok" }),
            };
        });
        app.MapPost("/response/{id}", async (string id, HttpRequest request) =>
        {
            // WeCom takes one reply per response_url; a later one is refused (the error code here is the fake's own).
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            if (!fake._usedResponseUrls.TryAdd(id, true))
            {
                fake.Calls.Enqueue(($"response-refused/{id}", body));
                return Results.Json(new { errcode = 600_100, errmsg = "response_url already used" });
            }

            fake.Calls.Enqueue(($"response/{id}", body));
            return Results.Json(new { errcode = 0, errmsg = "ok" });
        });
        await app.StartAsync();
        return fake;
    }

    private async Task<IResult?> FaultAsync(HttpContext context)
    {
        switch (Outage?.Invoke() ?? WeComFault.None)
        {
            case WeComFault.ServerError:
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            case WeComFault.Timeout:
                // Hangs until the caller gives up (its own timeout), then drops the connection without an answer.
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }

                context.Abort();
                return Results.Empty;
            case WeComFault.RateLimited:
                return Results.Json(new { errcode = 45009, errmsg = "api freq out of limit" });
            case WeComFault.TokenInvalid:
                return Results.Json(new { errcode = 40014, errmsg = "invalid access_token" });
            case WeComFault.TokenExpired:
                return Results.Json(new { errcode = 42001, errmsg = "access_token expired" });
            default:
                return null;
        }
    }

    /// <summary>Waits until <paramref name="done"/> holds or 15 seconds pass.</summary>
    public async Task WaitForAsync(Func<FakeWeCom, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!done(this) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
