using System.Net;
using System.Text.Json;
using BuildingBot.BotHost.Tests.WorkOrders;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using BuildingBot.Scheduling.Volunteering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.BotHost.Tests.Volunteering;

public class ActivityEndpointsTests
{
    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task RunNow_TakesOnlyTheDueSteps_OnceEach_AlsoWhenTheScheduleRunsAfterIt()
    {
        var clock = new FakeTimeProvider(At(27, 10));
        await using var factory = BotHostFactory.Embedded().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var client = factory.CreateClient();
        // Created through the service, not the API, so that no minutely Hangfire job runs beside the test.
        int id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var (activity, problems) = await scope.ServiceProvider.GetRequiredService<ActivityService>().CreateAsync(new ActivityRequest
            {
                Title = "紅色星期天", Place = "幸福家园广场", Cron = "0 9 * * 0", Capacity = 10, Targets = ActivityTargetKind.Buildings, Codes = "XF01-3",
            }, default);
            Assert.Empty(problems);
            id = activity!.Id;
        }

        async Task<List<(string Kind, int Messages, bool Skipped)>> RunNowAsync()
        {
            using var response = await client.PostAsync(new Uri($"/admin/activities/{id}/run-now", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return body.RootElement.GetProperty("steps").EnumerateArray()
                .Select(s => (s.GetProperty("kind").GetString()!, s.GetProperty("messages").GetInt32(), s.GetProperty("skipped").GetBoolean())).ToList();
        }

        async Task<int> AnnouncementsAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().OutboxMessages.CountAsync(m => m.IdempotencyKey.Contains(":announce:"));
        }

        var first = await RunNowAsync();
        var second = await RunNowAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ActivityJob>().RunAsync(id, default);
        }

        Assert.Equal([("announce", 1, false)], first);
        Assert.Empty(second);
        Assert.Equal(1, await AnnouncementsAsync());
        await new SimulatorChat(client).BotSaysAsync("sim-g-XF01-3", "【紅色星期天】11月29日（周日）09:00–11:00", group: true);

        // After the end: the missed reminders are marked done unsent, the summary goes out.
        clock.SetUtcNow(At(29, 11, 5));
        Assert.Equal([("day-reminder", 0, true), ("hour-reminder", 0, true), ("summary", 1, false)], await RunNowAsync());
        Assert.Empty(await RunNowAsync());
    }

    [Fact]
    public async Task RunNow_Refuses_AnUnknownOrCancelledActivity()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        int id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<ActivityService>();
            var (activity, _) = await service.CreateAsync(new ActivityRequest
            {
                Title = "敬老院探访", Place = "幸福里敬老院", Cron = "0 14 * * 6", Capacity = 5, Targets = ActivityTargetKind.Buildings, Codes = "XF01-3",
            }, default);
            id = activity!.Id;
            Assert.True(await service.CancelAsync(id, default));
        }

        using var cancelled = await client.PostAsync(new Uri($"/admin/activities/{id}/run-now", UriKind.Relative), null);
        using var unknown = await client.PostAsync(new Uri("/admin/activities/999/run-now", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, cancelled.StatusCode);
        Assert.Contains($"Activity {id} is cancelled", await cancelled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
