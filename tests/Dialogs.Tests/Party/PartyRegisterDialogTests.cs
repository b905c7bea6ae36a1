using BuildingBot.Community.Party;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Party;

public class PartyRegisterDialogTests
{
    [Fact]
    public async Task PartyRegister_AsksForTheBranchAndThePost_ThenRegistersPending()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(WorkOrderScenarios.Resident, "龙婷").InPrivate()
            .Send("党员报到").AssertReplyContains("请告诉我您工作单位的党组织名称")
            .Send("市人民医院第二党支部").AssertReplyContains("您想在小区做哪方面的服务")
            .Send("4").AssertReplyContains("已收到您的在职党员报到：市人民医院第二党支部，服务岗位 红色星期天");

        await using var scope = flow.Host.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().PartyMemberRegistrations.SingleAsync();
        Assert.Equal(("市人民医院第二党支部", ServicePost.RedSunday, false), (saved.WorkplaceBranch, saved.Post, saved.IsConfirmed));
    }

    [Fact]
    public async Task PartyRegister_AsksOnlyForThePost_WhenTheMessageNamesTheBranch()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As(WorkOrderScenarios.Resident, "龙婷").InPrivate()
            .Send("党员报到 供电公司党委").AssertReplyContains("您想在小区做哪方面的服务")
            .Send("志愿岗").AssertReplyContains("已收到您的在职党员报到：供电公司党委，服务岗位 志愿岗");
    }
}
