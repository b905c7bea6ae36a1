using System.Net;
using BuildingBot.BotHost.Tests.WeCom;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static BuildingBot.BotHost.Tests.Access.Who;

namespace BuildingBot.BotHost.Tests.Access;

/// <summary>
/// Every endpoint the host maps, with who may call it in each mode; then each is called as each kind of
/// caller to prove it. An endpoint missing from the table (or a row whose endpoint is gone) fails.
/// </summary>
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    /// <summary>Route pattern + method → who may call it, embedded | production ("*": any method).</summary>
    private static readonly (string Method, string Route, Who Embedded, Who Production)[] Matrix =
    [
        // Health and public reads
        ("*",      "/healthz",                                                    Anyone,         Anyone),
        ("*",      "/readyz",                                                     Anyone,         Anyone),
        ("GET",    "/status.css",                                                 Anyone,         Anyone),
        ("GET",    "/households/{code}/qr.png",                                   Anyone,         Anyone),
        ("GET",    "/open311/v2/discovery.{format}",                              Anyone,         Anyone),
        ("GET",    "/open311/v2/services.{format}",                               Anyone,         Anyone),
        ("GET",    "/open311/v2/services/{code}.{format}",                        Anyone,         Anyone),
        ("GET",    "/open311/v2/requests.{format}",                               Anyone,         Anyone),
        ("GET",    "/open311/v2/requests/{id}.{format}",                          Anyone,         Anyone),
        ("POST",   "/open311/v2/requests.{format}",                               Open311Key,     Open311Key),

        // WeCom callbacks
        ("GET",    "/wecom/app/callback",                                         WeComSignature, WeComSignature),
        ("POST",   "/wecom/app/callback",                                         WeComSignature, WeComSignature),
        ("GET",    "/wecom/bot/callback",                                         WeComSignature, WeComSignature),
        ("POST",   "/wecom/bot/callback",                                         WeComSignature, WeComSignature),

        // Staff pages
        ("GET",    "/status",                                                     Staff,          Staff),
        ("*",      "/metrics",                                                    Staff,          Staff),
        ("*",      "/hangfire/{**path}",                                          Staff,          Staff),
        ("GET",    "/swagger/{documentName}/swagger.{extension:regex(^(json|ya?ml)$)}", Staff,    Staff),

        // Staff console (the cookie of each role: ConsoleSignInTests, ConsoleDashboardTests, ConsoleMapTests, ConsoleOrdersTests, ConsoleAuditTests,
        // ConsoleRostersTests, ConsolePoliciesTests, ConsoleReportsTests; 企业微信登录: ConsoleWeComSignInTests)
        ("GET",    "/console/console.css",                                        Anyone,         Anyone),
        ("*",      "console/login",                                               Anyone,         Anyone),
        ("*",      "console",                                                     ConsoleUser,    ConsoleUser),
        ("*",      "console/logout",                                              ConsoleUser,    ConsoleUser),
        ("*",      "console/password",                                            ConsoleUser,    ConsoleUser),
        ("*",      "console/map",                                                 ConsoleUser,    ConsoleUser),
        ("*",      "console/map/{id:int}",                                        ConsoleUser,    ConsoleUser),
        ("*",      "console/orders",                                              ConsoleUser,    ConsoleUser),
        ("*",      "console/orders/{number}",                                     ConsoleUser,    ConsoleUser),
        ("*",      "console/audit",                                               ConsoleUser,    ConsoleUser),
        ("*",      "console/accounts",                                            ConsoleUser,    ConsoleUser),
        ("GET",    "/console/console.js",                                         Anyone,         Anyone),
        ("GET",    "/console/vendor/echarts.min.js",                              Anyone,         Anyone),
        ("*",      "console/broadcasts",                                          ConsoleUser,    ConsoleUser),
        ("*",      "console/broadcasts/new",                                      ConsoleUser,    ConsoleUser),
        ("*",      "console/broadcasts/{id:int}",                                 ConsoleUser,    ConsoleUser),
        ("*",      "console/activities",                                          ConsoleUser,    ConsoleUser),
        ("*",      "console/activities/edit/{id:int?}",                           ConsoleUser,    ConsoleUser),
        ("*",      "console/activities/{id:int}",                                 ConsoleUser,    ConsoleUser),
        ("*",      "console/activities/occurrences/{occurrenceId:int}",           ConsoleUser,    ConsoleUser),
        ("*",      "console/rosters",                                             ConsoleUser,    ConsoleUser),
        ("*",      "console/policies",                                            ConsoleUser,    ConsoleUser),
        ("*",      "console/policies/{id:int}",                                   ConsoleUser,    ConsoleUser),
        ("*",      "console/reports",                                             ConsoleUser,    ConsoleUser),
        ("*",      "console/reports/monthly",                                     ConsoleUser,    ConsoleUser),
        ("*",      "console/login/wecom",                                         Anyone,         Anyone),
        ("*",      "console/matters",                                             ConsoleUser,    ConsoleUser),
        ("*",      "console/matters/{number}",                                    ConsoleUser,    ConsoleUser),
        ("*",      "console/matters/{number}/filing",                             ConsoleUser,    ConsoleUser),
        ("*",      "console/care",                                                ConsoleUser,    ConsoleUser),
        ("*",      "console/party",                                               ConsoleUser,    ConsoleUser),
        ("*",      "console/help",                                                ConsoleUser,    ConsoleUser),
        ("*",      "decisions/{code}",                                            Anyone,         Anyone),

        // Admin API
        ("POST",   "/admin/import/{kind}",                                        Staff,          Staff),
        ("GET",    "/admin/outbox/dead-letters",                                  Staff,          Staff),
        ("GET",    "/admin/queues",                                               Staff,          Staff),
        ("GET",    "/admin/outbox",                                               Staff,          Staff),
        ("GET",    "/admin/residents",                                            Staff,          Staff),
        ("GET",    "/admin/households",                                           Staff,          Staff),
        ("GET",    "/admin/residents/{id:int}/trips",                             Staff,          Staff),
        ("POST",   "/admin/understanding",                                        Staff,          Staff),
        ("GET",    "/admin/understanding/unresolved",                             Staff,          Staff),
        ("POST",   "/admin/understanding/unresolved/{id:long}/label",             Staff,          Staff),
        ("GET",    "/admin/understanding/unresolved.tsv",                         Staff,          Staff),
        ("GET",    "/admin/wecom/groups",                                         Staff,          Staff),
        ("GET",    "/admin/work-orders",                                          Staff,          Staff),
        ("GET",    "/admin/work-orders/{number}",                                 Staff,          Staff),
        ("POST",   "/admin/work-orders/{number}/assign",                          Staff,          Staff),
        ("POST",   "/admin/work-orders/{number}/reopen",                          Staff,          Staff),
        ("GET",    "/admin/routing-rules",                                        Staff,          Staff),
        ("PUT",    "/admin/routing-rules",                                        Staff,          Staff),
        ("DELETE", "/admin/routing-rules/{id:int}",                               Staff,          Staff),
        ("POST",   "/admin/broadcasts/preview",                                   Staff,          Staff),
        ("POST",   "/admin/broadcasts/",                                          Staff,          Staff),
        ("GET",    "/admin/broadcasts/",                                          Staff,          Staff),
        ("GET",    "/admin/broadcasts/{id:int}",                                  Staff,          Staff),
        ("PUT",    "/admin/broadcasts/{id:int}",                                  Staff,          Staff),
        ("DELETE", "/admin/broadcasts/{id:int}",                                  Staff,          Staff),
        ("POST",   "/admin/broadcasts/{id:int}/send-now",                         Staff,          Staff),
        ("POST",   "/admin/broadcasts/{id:int}/retry-failed",                     Staff,          Staff),
        ("POST",   "/admin/activities/",                                          Staff,          Staff),
        ("GET",    "/admin/activities/",                                          Staff,          Staff),
        ("GET",    "/admin/activities/{id:int}",                                  Staff,          Staff),
        ("PUT",    "/admin/activities/{id:int}",                                  Staff,          Staff),
        ("DELETE", "/admin/activities/{id:int}",                                  Staff,          Staff),
        ("POST",   "/admin/activities/{id:int}/run-now",                          Staff,          Staff),
        ("GET",    "/admin/activities/occurrences/{occurrenceId:int}",            Staff,          Staff),
        ("GET",    "/admin/activities/occurrences/{occurrenceId:int}/qr.png",     Staff,          Staff),
        ("GET",    "/admin/activities/participation",                             Staff,          Staff),
        ("POST",   "/admin/policies/",                                            Staff,          Staff),
        ("GET",    "/admin/policies/",                                            Staff,          Staff),
        ("GET",    "/admin/policies/{id:int}",                                    Staff,          Staff),
        ("PUT",    "/admin/policies/{id:int}",                                    Staff,          Staff),
        ("DELETE", "/admin/policies/{id:int}",                                    Staff,          Staff),
        ("POST",   "/admin/policies/import",                                      Staff,          Staff),
        ("GET",    "/admin/policies/{id:int}/versions/{n:int}/notifications",     Staff,          Staff),
        ("GET",    "/admin/policy-subscriptions/",                                Staff,          Staff),
        ("GET",    "/admin/policy-subscriptions/{groupId:int}",                   Staff,          Staff),
        ("PUT",    "/admin/policy-subscriptions/{groupId:int}",                   Staff,          Staff),

        // Simulator (production: only with Simulator:Enabled, see SimulatorEndpointsTests)
        ("GET",    "/simulator/api/groups",                                       Staff,          Absent),
        ("GET",    "/simulator/api/groups/{chatId}/members",                      Staff,          Absent),
        ("GET",    "/simulator/api/grid-members",                                 Staff,          Absent),
        ("POST",   "/simulator/api/users",                                        Staff,          Absent),
        ("GET",    "/simulator/api/groups/{chatId}/messages",                     Staff,          Absent),
        ("POST",   "/simulator/api/groups/{chatId}/messages",                     Staff,          Absent),
        ("GET",    "/simulator/api/private/{userId}/messages",                    Staff,          Absent),
        ("POST",   "/simulator/api/private/{userId}/messages",                    Staff,          Absent),
        ("POST",   "/simulator/api/private/{userId}/actions",                     Staff,          Absent),
        ("GET",    "/simulator/api/conversations/{conversationId}/events",        Staff,          Absent),
        ("GET",    "/simulator/api/grid-members/{userId}/orders",                 Staff,          Absent),
    ];

    private FakeWeCom _weCom = null!;

    public async Task InitializeAsync() => _weCom = await FakeWeCom.StartAsync();

    public async Task DisposeAsync() => await _weCom.DisposeAsync();

    private (string, string?)[] Settings(params (string, string?)[] extra) =>
    [
        ("WeCom:CorpId", MatrixRequests.CorpId), ("WeCom:ApiBaseUrl", _weCom.Address.ToString()),
        ("WeCom:App:AgentId", "1000002"), ("WeCom:App:Secret", FakeWeCom.Secret), ("WeCom:App:Token", MatrixRequests.AppToken),
        ("WeCom:App:EncodingAesKey", MatrixRequests.AesKey), ("WeCom:Bot:Token", MatrixRequests.BotToken),
        ("WeCom:Bot:EncodingAesKey", MatrixRequests.AesKey), ("Open311:ApiKeys:0", MatrixRequests.Open311Key), .. extra,
    ];

    [Fact]
    public async Task EmbeddedMode_LetsLoopbackIntoStaffSurfaces_AndNobodyElse()
    {
        await using var factory = BotHostFactory.Embedded(Settings());

        var failures = await CheckAsync(factory, embedded: true, keyConfigured: false,
            [MatrixCaller.Remote, MatrixCaller.NoAddress, MatrixCaller.Loopback, MatrixCaller.WeCom, MatrixCaller.Open311Client]);

        Assert.Empty(failures);
    }

    [Fact]
    public async Task EmbeddedModeWithAdminKey_LetsOnlyKeyHoldersIntoStaffSurfaces()
    {
        await using var factory = BotHostFactory.Embedded(Settings(("Admin:ApiKey", MatrixRequests.AdminKey)));

        var failures = await CheckAsync(factory, embedded: true, keyConfigured: true, [MatrixCaller.Loopback, MatrixCaller.StaffRemote]);

        Assert.Empty(failures);
    }

    [Fact]
    public async Task ProductionMode_LetsOnlyKeyHoldersIntoStaffSurfaces()
    {
        await using var factory = await BotHostFactory.ProductionAsync(Settings(("Admin:ApiKey", MatrixRequests.AdminKey)));

        var failures = await CheckAsync(factory, embedded: false, keyConfigured: true,
            [MatrixCaller.Remote, MatrixCaller.NoAddress, MatrixCaller.Loopback, MatrixCaller.StaffRemote, MatrixCaller.WeCom, MatrixCaller.Open311Client]);

        Assert.Empty(failures);
    }

    /// <returns>One line per endpoint and caller that did not get what the matrix says, and per endpoint missing from it.</returns>
    private static async Task<List<string>> CheckAsync(BotHostFactory factory, bool embedded, bool keyConfigured, MatrixCaller[] callers)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (Key: MatrixRequests.Key(e, m), Endpoint: e)))
            .ToList();
        var failures = mapped.Where(m => !Matrix.Any(r => (r.Method, r.Route) == m.Key))
            .Select(m => $"{m.Key.Method} {m.Key.Route}: not in the matrix; add who may call it").ToList();
        foreach (var (method, route, embeddedWho, productionWho) in Matrix)
        {
            var who = embedded ? embeddedWho : productionWho;
            var endpoint = mapped.FirstOrDefault(m => m.Key == (method, route)).Endpoint;
            if ((endpoint is null) != (who == Absent))
            {
                failures.Add($"{method} {route}: {(endpoint is null ? "not mapped" : "mapped")}, but the matrix says {who}");
                continue;
            }

            var pattern = endpoint?.RoutePattern ?? Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(route);
            foreach (var caller in callers.Where(c => Applies(who, c)))
            {
                using var request = MatrixRequests.Build(method, route, pattern, caller);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var body = route.EndsWith("/events", StringComparison.Ordinal) && response.IsSuccessStatusCode
                    ? string.Empty
                    : await response.Content.ReadAsStringAsync(timeout.Token);
                var expected = Expected(who, caller, embedded, keyConfigured);
                if (!expected.Matches(response.StatusCode, body))
                {
                    failures.Add($"{method} {route} as {caller}: {(int)response.StatusCode}, expected {expected.Text}");
                }
            }
        }

        return failures;
    }

    /// <summary>Signed and api_key callers are sent only where they mean something; everybody else goes everywhere.</summary>
    private static bool Applies(Who who, MatrixCaller caller) =>
        (!caller.WeComSigned || who == WeComSignature) && (!caller.Open311Key || who == Open311Key);

    private static Outcome Expected(Who who, MatrixCaller caller, bool embedded, bool keyConfigured) => who switch
    {
        Anyone => Outcome.Through,
        Absent => Outcome.NotMapped,
        ConsoleUser => embedded && caller == MatrixCaller.Loopback ? Outcome.Through : Outcome.Exactly(HttpStatusCode.Redirect),
        WeComSignature => caller.WeComSigned ? Outcome.Exactly(HttpStatusCode.OK) : Outcome.Exactly(HttpStatusCode.BadRequest),
        Open311Key => caller.Open311Key ? Outcome.Through : Outcome.Exactly(HttpStatusCode.Forbidden),
        _ when caller.AdminKey && keyConfigured => Outcome.Through,
        _ when embedded && !keyConfigured && caller == MatrixCaller.Loopback => Outcome.Through,
        _ => Outcome.Exactly(keyConfigured ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden),
    };

    /// <summary>What a caller should get: a given status, the handler's own answer (not a refusal), or no endpoint at all.</summary>
    private sealed record Outcome(string Text, Func<HttpStatusCode, string, bool> Matches)
    {
        public static readonly Outcome Through = new("the handler's answer (no 401/403/415, no bare 404)", (status, body) =>
            status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.UnsupportedMediaType)
            && !(status == HttpStatusCode.NotFound && body.Length == 0));

        public static readonly Outcome NotMapped = new("a bare 404", (status, body) => status == HttpStatusCode.NotFound && body.Length == 0);

        public static Outcome Exactly(HttpStatusCode expected) => new($"{(int)expected}", (status, _) => status == expected);
    }
}
