using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.BotHost.Tests.Open311;

public class Open311EndpointsTests
{
    private const string Key = "open311-test-key";

    /// <summary>
    /// A pinned clock: a request's id carries its filing date (WO-20261201-0001), so on the wrong day a room number such
    /// as 1201 or 501 would turn up in it and the privacy checks below would fail for the calendar, not for a leak.
    /// </summary>
    private static BotHostFactory Host() => BotHostFactory.Embedded(("Open311:ApiKeys:0", Key))
        .WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(
            new FakeTimeProvider(new DateTimeOffset(2026, 3, 17, 1, 30, 0, TimeSpan.Zero)))));

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, params (string Key, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));
        using var response = await client.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), content);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    /// <summary>Every field of every request, unescaped.</summary>
    private static string Values(JsonElement requests) =>
        string.Join('\n', requests.EnumerateArray().SelectMany(r => r.EnumerateObject()).Select(p => p.Value.ToString()));

    private static Task<(HttpStatusCode, JsonElement)> FileLiftAsync(HttpClient client) => PostAsync(client,
        ("api_key", Key), ("service_code", "RepairsProperty"), ("address_id", "XF01-3"),
        ("description", "3幢电梯坏了，联系电话13800000066"), ("attribute[urgency]", "urgent"), ("attribute[room]", "2单元501"));

    [Fact]
    public async Task Discovery_PointsAtThisEndpointInJson()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();

        var (status, body) = await GetAsync(client, "/open311/v2/discovery.json");

        Assert.Equal(HttpStatusCode.OK, status);
        var endpoint = body.GetProperty("endpoints")[0];
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.GetProperty("specification").GetString());
        Assert.EndsWith("/open311/v2", endpoint.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Services_ListEveryCategory_AndDefinitionsTheirAttributes()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();

        var (_, services) = await GetAsync(client, "/open311/v2/services.json");
        var (_, definition) = await GetAsync(client, "/open311/v2/services/RepairsProperty.json");
        var (missing, error) = await GetAsync(client, "/open311/v2/services/Nothing.json");

        Assert.Equal(10, services.GetArrayLength());
        Assert.Contains(services.EnumerateArray(), s => s.GetProperty("service_code").GetString() == "RepairsProperty" && s.GetProperty("service_name").GetString() == "物业维修");
        Assert.Equal("urgency", definition.GetProperty("attributes")[0].GetProperty("code").GetString());
        Assert.Equal("singlevaluelist", definition.GetProperty("attributes")[0].GetProperty("datatype").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal(404, error[0].GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task PostThenGet_FilesARoutedOrder_WithoutPersonalDetails()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();

        var (created, filed) = await FileLiftAsync(client);
        var id = filed[0].GetProperty("service_request_id").GetString()!;
        var (_, one) = await GetAsync(client, $"/open311/v2/requests/{id}.json");
        var (_, open) = await GetAsync(client, "/open311/v2/requests.json?status=open&service_code=RepairsProperty");
        var (_, closed) = await GetAsync(client, "/open311/v2/requests.json?status=closed");

        Assert.Equal(HttpStatusCode.OK, created);
        Assert.StartsWith("WO-", id, StringComparison.Ordinal);
        Assert.Contains("李秀英", filed[0].GetProperty("service_notice").GetString(), StringComparison.Ordinal);
        var request = one[0];
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal("已派单，李秀英负责", request.GetProperty("status_notes").GetString());
        Assert.Equal("幸福家园3幢", request.GetProperty("address").GetString());
        Assert.Equal("XF01-3", request.GetProperty("address_id").GetString());
        Assert.Equal("3幢电梯坏了，联系电话[电话]", request.GetProperty("description").GetString());
        Assert.DoesNotContain("501", request.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(id, Assert.Single(open.EnumerateArray()).GetProperty("service_request_id").GetString());
        Assert.Equal(0, closed.GetArrayLength());
    }

    [Theory]
    [InlineData("电梯坏了，电话138-1234-5678", "12345678")]
    [InlineData("电梯坏了，电话+86 138 1234 5678", "12345678")]
    [InlineData("电梯坏了，电话138 1234 5678", "12345678")]
    [InlineData("电梯坏了，电话１３８１２３４５６７８", "１２３４５６７８")]
    [InlineData("电梯坏了，座机0571-88886666", "88886666")]
    [InlineData("电梯坏了，身份证330106198001011234", "198001011234")]
    [InlineData("5单元1201电梯坏了", "1201")]
    [InlineData("2单元502电梯坏了", "502")]
    [InlineData("龙婷家门口电梯坏了", "龙婷")]
    public async Task Requests_PublishNoPersonalDetail_WhateverFormItIsWrittenIn(string description, string detail)
    {
        await using var factory = Host();
        using var client = factory.CreateClient();

        var (created, filed) = await PostAsync(client,
            ("api_key", Key), ("service_code", "RepairsProperty"), ("address_id", "XF01-3"), ("description", description));
        var id = filed[0].GetProperty("service_request_id").GetString()!;
        var (_, one) = await GetAsync(client, $"/open311/v2/requests/{id}.json");
        var (_, all) = await GetAsync(client, "/open311/v2/requests.json");

        Assert.Equal(HttpStatusCode.OK, created);
        Assert.Contains("电梯坏了", one[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(detail, Values(one), StringComparison.Ordinal);
        Assert.DoesNotContain(detail, Values(all), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RefusesMissingKeysAndBadFields_InTheStandardsErrorFormat()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();

        var (noKey, noKeyBody) = await PostAsync(client, ("service_code", "Sanitation"), ("address_id", "XF01-3"), ("description", "垃圾满了"));
        var (badService, _) = await PostAsync(client, ("api_key", Key), ("service_code", "Nope"), ("address_id", "XF01-3"), ("description", "垃圾满了"));
        var (noPlace, noPlaceBody) = await PostAsync(client, ("api_key", Key), ("service_code", "Sanitation"), ("lat", "30.1"), ("long", "120.2"), ("description", "垃圾满了"));
        var (empty, emptyBody) = await PostAsync(client, ("api_key", Key), ("service_code", "Sanitation"), ("address_string", "幸福家园3幢"), ("description", ""));
        var (badDate, _) = await GetAsync(client, "/open311/v2/requests.json?start_date=yesterday");
        var (badFormat, _) = await GetAsync(client, "/open311/v2/services.xml");
        var (unknown, _) = await GetAsync(client, "/open311/v2/requests/WO-20990101-0001.json");

        Assert.Equal(HttpStatusCode.Forbidden, noKey);
        Assert.Equal(403, noKeyBody[0].GetProperty("code").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, badService);
        Assert.Equal(HttpStatusCode.BadRequest, noPlace);
        Assert.Contains("address_id", noPlaceBody[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Equal("问题描述不能为空。", emptyBody[0].GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badDate);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task List_FiltersDatesAndLimitsInTheDatabase_WithBoundsInAnyOffset(bool postgres)
    {
        var filed = new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(filed);
        using var logs = new LogCapture();
        (string, string?)[] settings =
        [
            ("Open311:ApiKeys:0", Key), ("BuildingBot:DemoData", "true"),
            ("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information"),
        ];
        await using var factory = (postgres ? await BotHostFactory.ProductionAsync(settings) : BotHostFactory.Embedded(settings))
            .WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)).AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient();
        var (_, first) = await FileLiftAsync(client);
        clock.Advance(TimeSpan.FromDays(100));
        var (_, second) = await FileLiftAsync(client);
        var china = TimeSpan.FromHours(8);
        string Bound(DateTimeOffset at) => Uri.EscapeDataString(at.ToOffset(china).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));

        var (recentStatus, recent) = await GetAsync(client, "/open311/v2/requests.json");
        var (_, around) = await GetAsync(client, $"/open311/v2/requests.json?start_date={Bound(filed.AddMinutes(-30))}&end_date={Bound(filed.AddMinutes(30))}");
        var (_, before) = await GetAsync(client, $"/open311/v2/requests.json?end_date={Bound(filed.AddMinutes(-30))}");

        Assert.Equal(HttpStatusCode.OK, recentStatus);
        Assert.Equal([Id(second)], recent.EnumerateArray().Select(Id));
        Assert.Equal([Id(first)], around.EnumerateArray().Select(Id));
        Assert.Equal(0, before.GetArrayLength());
        var listed = logs.Entries.Where(e => e.Category == "Microsoft.EntityFrameworkCore.Database.Command" && e.Message.Contains("\"WorkOrders\"", StringComparison.Ordinal)
            && e.Message.Contains("\"CreatedAt\" >=", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, listed.Count);
        Assert.All(listed, e => Assert.Contains("LIMIT", e.Message, StringComparison.Ordinal));
    }

    private static string Id(JsonElement request) => (request.ValueKind == JsonValueKind.Array ? request[0] : request).GetProperty("service_request_id").GetString()!;
}
