using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.MutualHelp;

public class HelpPostDialogTests
{
    [Fact]
    public async Task HelpPost_OffersBindingFirst_WhenTheResidentIsUnbound()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-nobody-9", "新邻居").InPrivate()
            .Send("求助：明天下午谁能帮我接下孩子").AssertReplyContains("请先绑定房号");

        await using var scope = flow.Host.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().HelpPosts.CountAsync());
    }

    [Fact]
    public async Task HelpPost_AsksOnlyWhatIsMissing_AndCutsThePhone()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(WorkOrderScenarios.Resident, "龙婷").InPrivate()
            .Send("求助：谁能帮我搬一下柜子，电话13912345678").AssertReplyContains("什么时候需要帮忙")
            .Send("周六上午").AssertReplyContains("在小区里的什么地方")
            .Send("家里").AssertReplyContains("为保护隐私");

        await using var scope = flow.Host.Services.CreateAsyncScope();
        var post = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().HelpPosts.SingleAsync();
        Assert.Equal(("HZ1", "家里"), (post.Number, post.Where));
        Assert.DoesNotContain("13912345678", post.What, StringComparison.Ordinal);
        Assert.NotNull(post.When);
    }
}
