using BuildingBot.Community.Events;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BuildingBot.Community.Tests.Policies;

public class PolicyBookTests
{
    private static readonly DateOnly December1 = new(2026, 12, 1);

    private static PolicyRequest Request(string region, string title, DateOnly from, DateOnly? to = null, PolicyTopic topic = PolicyTopic.Travel) => new()
    {
        RegionCode = region, Topic = topic, Title = title, Body = $"{title}的正文。", EffectiveFrom = from, EffectiveTo = to,
        SourceIssuer = "示例发布机关", SourceUrl = "https://example.invalid/policy",
    };

    private static async Task<(CommunityDatabase Database, AsyncServiceScope Scope, PolicyBook Book)> BookAsync()
    {
        var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        var scope = database.Scope();
        return (database, scope, scope.ServiceProvider.GetRequiredService<PolicyBook>());
    }

    [Fact]
    public async Task InForce_WalksFromTheDistrictUpToTheNation_MostSpecificFirst()
    {
        var (database, scope, book) = await BookAsync();
        await using var _ = database;
        await using var __ = scope;
        await book.CreateAsync(Request("00", "全国出行提示", December1), false, default);
        await book.CreateAsync(Request("33", "浙江省出行提示", December1), false, default);
        await book.CreateAsync(Request("3301", "杭州市出行提示", December1), false, default);
        await book.CreateAsync(Request("330106", "西湖区出行提示", December1), false, default);
        await book.CreateAsync(Request("3201", "南京市出行提示", December1), false, default);
        await book.CreateAsync(Request("3301", "杭州市入学须知", December1, topic: PolicyTopic.Schooling), false, default);

        var xihu = RegionDirectory.Shared.Find("330106")!;
        var travel = await book.InForceAsync(xihu, December1.AddDays(5), PolicyTopic.Travel, default);
        var hangzhouAll = await book.InForceAsync(RegionDirectory.Shared.Find("3301")!, December1.AddDays(5), null, default);

        Assert.Equal(["西湖区出行提示", "杭州市出行提示", "浙江省出行提示", "全国出行提示"], travel.Select(p => p.Version.Title));
        Assert.Equal(["330106", "3301", "33", "00"], travel.Select(p => p.Region.Code));
        Assert.Equal(4, hangzhouAll.Count);
    }

    [Fact]
    public async Task InForce_OverATrip_IncludesPoliciesStartingDuringIt_WithTheFirstVersionInForce()
    {
        var (database, scope, book) = await BookAsync();
        await using var _ = database;
        await using var __ = scope;
        await book.CreateAsync(Request("3301", "已生效", December1), false, default);
        var (later, _) = await book.CreateAsync(Request("3301", "行程中生效 第一版", December1.AddDays(3), December1.AddDays(20)), false, default);
        await book.EditAsync(later!.Id, Request("3301", "行程中生效 第二版", December1.AddDays(5)), default);
        await book.CreateAsync(Request("3301", "行程后生效", December1.AddDays(10)), false, default);
        await book.CreateAsync(Request("3301", "行程前失效", December1.AddDays(-30), December1.AddDays(-1)), false, default);
        var hangzhou = RegionDirectory.Shared.Find("3301")!;

        var trip = await book.InForceAsync(hangzhou, December1, December1.AddDays(6), PolicyTopic.Travel, default);

        Assert.Equal(["已生效", "行程中生效 第一版"], trip.Select(p => p.Version.Title));
    }

    [Fact]
    public async Task InForce_AnswersByDate_BeforeDuringAndAfterTheWindow_AndWithTheVersionOfThatDate()
    {
        var (database, scope, book) = await BookAsync();
        await using var _ = database;
        await using var __ = scope;
        var (policy, _) = await book.CreateAsync(Request("3301", "春运出行须知 第一版", December1, December1.AddDays(30)), false, default);
        await book.EditAsync(policy!.Id, Request("3301", "春运出行须知 第二版", December1.AddDays(15), December1.AddDays(30)), default);
        var hangzhou = RegionDirectory.Shared.Find("3301")!;

        async Task<string?> TitleOn(DateOnly date) =>
            (await book.InForceAsync(hangzhou, date, null, default)).SingleOrDefault()?.Version.Title;

        Assert.Null(await TitleOn(December1.AddDays(-1)));
        Assert.Equal("春运出行须知 第一版", await TitleOn(December1.AddDays(10)));
        Assert.Equal("春运出行须知 第二版", await TitleOn(December1.AddDays(20)));
        Assert.Null(await TitleOn(December1.AddDays(31)));
    }

    [Fact]
    public async Task Retired_AnswersNothing_ButKeepsItsVersions()
    {
        var (database, scope, book) = await BookAsync();
        await using var _ = database;
        await using var __ = scope;
        var (policy, _) = await book.CreateAsync(Request("33", "浙江省出行提示", December1), false, default);

        Assert.True(await book.RetireAsync(policy!.Id, default));
        Assert.False(await book.RetireAsync(policy.Id, default));
        Assert.Empty(await book.InForceAsync(RegionDirectory.Shared.Find("33")!, December1, null, default));
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().PolicyVersions.CountAsync());
    }

    [Fact]
    public async Task Create_And_Import_RefuseBadInput_WithEveryProblem_AndSaveNothing()
    {
        var (database, scope, book) = await BookAsync();
        await using var _ = database;
        await using var __ = scope;

        var (created, problems) = await book.CreateAsync(new PolicyRequest
        {
            RegionCode = "999999", Title = "", Body = " ", EffectiveFrom = December1, EffectiveTo = December1.AddDays(-1), SourceIssuer = "",
            SourceUrl = "ftp://x",
        }, false, default);
        var (imported, importProblems) = await book.ImportAsync([Request("33", "好的一条", December1), Request("33", "", December1)], default);

        Assert.Null(created);
        Assert.Equal(6, problems.Count);
        Assert.Contains(problems, p => p.Contains("not a known GB/T 2260 code", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("is before effectiveFrom", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("body must not be empty", StringComparison.Ordinal));
        Assert.Equal(0, imported);
        Assert.Equal(["#2: title is required (at most 100 characters)."], importProblems);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Policies.CountAsync());
    }

    [Fact]
    public async Task Create_SavesNothing_WhenWhatItCausesCannotBeQueued()
    {
        var failing = new Mock<IDomainEventConsumer<PolicyVersionPublished>>();
        failing.Setup(c => c.HandleAsync(It.IsAny<PolicyVersionPublished>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("outbox unavailable"));
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite, services => services.AddSingleton(failing.Object));
        await using var scope = database.Scope();
        var book = scope.ServiceProvider.GetRequiredService<PolicyBook>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => book.CreateAsync(Request("3301", "杭州市出行提示", December1), false, default));

        await using var check = database.Scope();
        Assert.Equal(0, await check.ServiceProvider.GetRequiredService<CommunityDbContext>().Policies.CountAsync());
    }

    [Fact]
    public async Task CreateAndEdit_PublishEachNewVersionOnce_InTheSaveThatWritesIt()
    {
        var published = new List<(int PolicyId, int Number)>();
        var consumer = new Mock<IDomainEventConsumer<PolicyVersionPublished>>();
        consumer.Setup(c => c.HandleAsync(It.IsAny<PolicyVersionPublished>(), It.IsAny<CancellationToken>()))
            .Callback((PolicyVersionPublished e, CancellationToken _) => published.Add((e.Policy.Id, e.Version.Number)))
            .Returns(Task.CompletedTask);
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite, services => services.AddSingleton(consumer.Object));
        await using var scope = database.Scope();
        var book = scope.ServiceProvider.GetRequiredService<PolicyBook>();

        var (policy, _) = await book.CreateAsync(Request("3301", "杭州市出行提示", December1), false, default);
        await book.EditAsync(policy!.Id, Request("3301", "杭州市出行提示", December1.AddDays(7)), default);
        await book.EditAsync(policy.Id, Request("3301", "", December1), default);

        // Consumers run before the save that writes what they add, once the policy has its id (its notices are keyed by it).
        Assert.Equal([(policy.Id, 1), (policy.Id, 2)], published);
    }

    [Fact]
    public async Task Create_WritesNothing_WhenAConsumerOfTheFirstVersionFails()
    {
        var consumer = new Mock<IDomainEventConsumer<PolicyVersionPublished>>();
        consumer.Setup(c => c.HandleAsync(It.IsAny<PolicyVersionPublished>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("the outbox is unreachable"));
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite, services => services.AddSingleton(consumer.Object));
        await using var scope = database.Scope();
        var book = scope.ServiceProvider.GetRequiredService<PolicyBook>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => book.CreateAsync(Request("3301", "杭州市出行提示", December1), false, default));

        await using var check = database.Scope();
        var db = check.ServiceProvider.GetRequiredService<CommunityDbContext>();
        Assert.Equal((0, 0), (await db.Policies.CountAsync(), await db.PolicyVersions.CountAsync()));
    }

    [Fact]
    public async Task Import_LoadsQuietly_PublishingNothing()
    {
        var consumer = new Mock<IDomainEventConsumer<PolicyVersionPublished>>();
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite, services => services.AddSingleton(consumer.Object));
        await using var scope = database.Scope();
        var book = scope.ServiceProvider.GetRequiredService<PolicyBook>();

        var (imported, problems) = await book.ImportAsync([Request("33", "浙江省出行提示", December1), Request("3301", "杭州市出行提示", December1)], default);

        Assert.Empty(problems);
        Assert.Equal(2, imported);
        consumer.Verify(c => c.HandleAsync(It.IsAny<PolicyVersionPublished>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Import_RemovesControlCharacters_FromTitlesBodiesAndIssuers()
    {
        var (database, scope, book) = await BookAsync();
        await using var _ = database;
        await using var __ = scope;

        var (imported, problems) = await book.ImportAsync(
            [Request("33", "浙江\u202E出行\u0000提示", December1) with { Body = "正文\u001B[2J\n第二段", SourceIssuer = "示例\u0085机关" }], default);

        Assert.Empty(problems);
        Assert.Equal(1, imported);
        var version = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().PolicyVersions.AsNoTracking().SingleAsync();
        Assert.Equal(("浙江出行提示", "正文[2J\n第二段", "示例机关"), (version.Title, version.Body, version.SourceIssuer));
    }

    [Fact]
    public async Task Check_ListsEveryBadRowOfACsv_ByLineAndColumn()
    {
        var (database, scope, book) = await BookAsync();
        await using var _ = database;
        await using var __ = scope;
        var (rows, found) = PolicyCsv.Read("region_code,topic,title,body,effective_from,effective_to,source_issuer\n" +
            "33,旅游,浙江旅游提示,正文。,2026-12-01,,浙江省文旅厅\n" +
            "99,出行,未知地区提示,正文。,2026-12-01,,某机关\n" +
            "3301,入学,杭州入学材料,正文。,2026-12-01,2026-11-01,杭州市教育局\n" +
            "3301,入学,杭州入学须知,正文。,2026-12-01,,杭州市教育局\n");

        var problems = book.Check(rows, found);

        Assert.Equal([(2, "topic"), (3, "region_code"), (4, "effective_to")], problems.Select(p => (p.Row, p.Column)));
    }
}
