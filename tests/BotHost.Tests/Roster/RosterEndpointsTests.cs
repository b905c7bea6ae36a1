using System.Net;
using System.Text;
using System.Text.Json;
using BuildingBot.BotHost.Tests.Admin;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.Roster;

public class RosterEndpointsTests
{
    private const string Buildings = """
        community,compound_code,compound_name,building_code,building_name,units,party_branch,party_group
        新城社区,XC01,新城花园,8,8幢,2,新城花园党支部,8幢党小组
        新城社区,XC01,新城花园,9,9幢,1,新城花园党支部,9幢党小组
        新城社区,YL02,雨林苑,1,1幢,1,雨林苑党支部,1幢党小组
        """;

    private const string Residents = """
        compound_code,building_code,unit,room,name,phone,party_member,channel,channel_user_id
        XC01,9,1,101,赵丽,13800000003,否,simulator,sim-zhaoli
        XC01,8,2,501,钱伟,,否,,
        XC01,8,1,501,孙芳,13912345678,是,,
        XC01,8,1,501,周强,0571-87654321,否,,
        XC01,8,1,302,,,,,
        YL02,1,1,501,吴敏,13700000009,否,,
        """;

    private static async Task<BotHostFactory> StartAsync(bool postgres)
    {
        var factory = await AdminHost.StartAsync(postgres, ("BuildingBot:DemoData", "false"));
        using var client = AdminHost.Client(factory);
        foreach (var (kind, csv) in new[] { ("buildings", Buildings), ("residents", Residents) })
        {
            using var imported = await client.PostAsync(new Uri($"/admin/import/{kind}", UriKind.Relative), new StringContent(csv, Encoding.UTF8, "text/csv"));
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        }

        return factory;
    }

    private static List<string> Names(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Residents_ListsTheImportInRoomOrder_PagedWithPhonesMasked(bool postgres)
    {
        await using var factory = await StartAsync(postgres);
        using var client = AdminHost.Client(factory);

        var first = await AdminHost.GetJsonAsync(client, "/admin/residents?compound=XC01&pageSize=2");
        var second = await AdminHost.GetJsonAsync(client, "/admin/residents?compound=XC01&pageSize=2&page=2");
        using var raw = await client.GetAsync(new Uri("/admin/residents", UriKind.Relative));
        var all = await raw.Content.ReadAsStringAsync();

        Assert.Equal(["孙芳", "周强"], Names(first));
        Assert.Equal(["钱伟", "赵丽"], Names(second));
        Assert.Equal(4, first.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("pageNumber").GetInt32());
        var sun = first.GetProperty("items")[0];
        Assert.Equal("139****5678", sun.GetProperty("phone").GetString());
        Assert.True(sun.GetProperty("partyMember").GetBoolean());
        var place = sun.GetProperty("household");
        Assert.Equal(("XC01", "8", "8幢", 1, "501"), (place.GetProperty("compoundCode").GetString(), place.GetProperty("buildingCode").GetString(),
            place.GetProperty("buildingName").GetString(), place.GetProperty("unit").GetInt32(), place.GetProperty("room").GetString()));
        Assert.Equal("057*****4321", first.GetProperty("items")[1].GetProperty("phone").GetString());
        Assert.True(second.GetProperty("items")[1].GetProperty("linked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("items")[0].GetProperty("phone").ValueKind);
        foreach (var phone in new[] { "13800000003", "13912345678", "87654321", "13700000009" })
        {
            Assert.DoesNotContain(phone, all, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("q=孙", "孙芳")]
    [InlineData("q=501", "孙芳,周强,钱伟,吴敏")]
    [InlineData("q=9幢", "赵丽")]
    [InlineData("q=雨林", "吴敏")]
    [InlineData("q=501&compound=YL02", "吴敏")]
    [InlineData("compound=XC01&building=8", "孙芳,周强,钱伟")]
    [InlineData("q=nobody", "")]
    public async Task Residents_FindsByNameRoomBuildingOrCompound(string query, string expected)
    {
        await using var factory = await StartAsync(postgres: false);
        using var client = AdminHost.Client(factory);

        var page = await AdminHost.GetJsonAsync(client, $"/admin/residents?{query}");

        Assert.Equal(expected, string.Join(',', Names(page)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Households_ListsEachRoomWithItsResidents_PhonesMasked(bool postgres)
    {
        await using var factory = await StartAsync(postgres);
        using var client = AdminHost.Client(factory);

        var building8 = await AdminHost.GetJsonAsync(client, "/admin/households?compound=XC01&building=8");
        var byName = await AdminHost.GetJsonAsync(client, "/admin/households?q=周强");

        var rooms = building8.GetProperty("items").EnumerateArray()
            .Select(h => $"{h.GetProperty("place").GetProperty("unit").GetInt32()}-{h.GetProperty("place").GetProperty("room").GetString()}:" +
                string.Join('/', h.GetProperty("residents").EnumerateArray().Select(r => r.GetProperty("name").GetString())))
            .ToList();
        Assert.Equal(["1-302:", "1-501:孙芳/周强", "2-501:钱伟"], rooms);
        Assert.Equal(3, building8.GetProperty("total").GetInt32());
        var found = Assert.Single(byName.GetProperty("items").EnumerateArray());
        Assert.Equal(["139****5678", "057*****4321"], found.GetProperty("residents").EnumerateArray().Select(r => r.GetProperty("phone").GetString()));
        Assert.False(found.TryGetProperty("code", out _));
    }

    [Theory]
    [InlineData("/admin/residents?pageSize=1000", "pageSize 1 to 200")]
    [InlineData("/admin/residents?page=0", "page must be 1 or more")]
    [InlineData("/admin/residents?compound=NOPE", "compound 'NOPE' is not a known compound code")]
    [InlineData("/admin/households?compound=YL02&building=8", "building '8' is not a building of compound 'YL02'")]
    [InlineData("/admin/households?building=77", "building '77' is not a known building code")]
    [InlineData("/admin/households?q=一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一", "q is at most 50 characters")]
    public async Task List_Returns400NamingTheProblem_ForABadQuery(string url, string problem)
    {
        await using var factory = await StartAsync(postgres: false);
        using var client = AdminHost.Client(factory);

        var body = await AdminHost.GetJsonAsync(client, url, HttpStatusCode.BadRequest);

        Assert.Contains(problem, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Trips_ListsTheResidentsTripsLatestFirst_And404ForAnUnknownResident(bool postgres)
    {
        await using var factory = await StartAsync(postgres);
        using var client = AdminHost.Client(factory);
        var zhao = (await AdminHost.GetJsonAsync(client, "/admin/residents?q=赵丽")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var sun = (await AdminHost.GetJsonAsync(client, "/admin/residents?q=孙芳")).GetProperty("items")[0].GetProperty("id").GetInt32();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var trips = scope.ServiceProvider.GetRequiredService<TripRegister>();
            var regions = scope.ServiceProvider.GetRequiredService<RegionDirectory>();
            await trips.RegisterTripAsync(zhao, regions.Find("3301")!, new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 9), default);
            await trips.RegisterTripAsync(zhao, regions.Find("3201")!, new DateOnly(2027, 1, 20), new DateOnly(2027, 1, 22), default);
            await trips.RegisterTripAsync(sun, regions.Find("3301")!, new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 6), default);
        }

        var listed = await AdminHost.GetJsonAsync(client, $"/admin/residents/{zhao}/trips");
        var unknown = await AdminHost.GetJsonAsync(client, "/admin/residents/999999/trips", HttpStatusCode.NotFound);

        Assert.Equal("赵丽", listed.GetProperty("name").GetString());
        Assert.Equal(["3201 南京市 2027-01-20..2027-01-22", "3301 杭州市 2026-12-02..2026-12-09"], listed.GetProperty("trips").EnumerateArray()
            .Select(t => $"{t.GetProperty("regionCode").GetString()} {t.GetProperty("regionName").GetString()} {t.GetProperty("from").GetString()}..{t.GetProperty("to").GetString()}"));
        Assert.Contains("No resident 999999", unknown.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
