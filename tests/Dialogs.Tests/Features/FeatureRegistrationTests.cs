using BuildingBot.Dialogs.BindHousehold;
using BuildingBot.Dialogs.Care;
using BuildingBot.Dialogs.Clarify;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.FollowUp;
using BuildingBot.Dialogs.Help;
using BuildingBot.Dialogs.MutualHelp;
using BuildingBot.Dialogs.Party;
using BuildingBot.Dialogs.Policies;
using BuildingBot.Dialogs.ReportProblem;
using BuildingBot.Dialogs.SmallTalk;
using BuildingBot.Dialogs.Tests.Testing;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.Dialogs.Volunteering;
using BuildingBot.Dialogs.WorkOrders;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Features;

/// <summary>Each chat feature is one registration that owns its routes (intent → dialog), group keywords, help line and dialogs.</summary>
public class FeatureRegistrationTests
{
    public static TheoryData<string, Intent[], string[]> Features => new()
    {
        { nameof(HelpFeature.AddHelp), [Intent.Help], [HelpDialog.DialogId] },
        { nameof(SmallTalkFeature.AddSmallTalk), [Intent.SmallTalk], [SmallTalkDialog.DialogId] },
        { nameof(ClarifyFeature.AddClarify), [], [ClarifyDialog.DialogId, ClarifyDialog.WhichPrompt] },
        { nameof(BindHouseholdFeature.AddBindHousehold), [Intent.BindHousehold], [BindHouseholdDialog.DialogId] },
        { nameof(ReportProblemFeature.AddReportProblem), [Intent.ReportProblem], [ReportProblemDialog.DialogId] },
        { nameof(FollowUpFeature.AddFollowUp), [Intent.QueryProgress, Intent.Rate, Intent.CancelOrder], [QueryProgressDialog.DialogId, RateOrderDialog.DialogId, CancelOrderDialog.DialogId] },
        { nameof(WorkOrdersFeature.AddWorkOrders), [Intent.GridAccept, Intent.GridTransfer, Intent.GridResolve, Intent.GridReturn, Intent.GridMyOrders], [GridCommandDialog.DialogId] },
        { nameof(PoliciesFeature.AddPolicies), [Intent.PolicyQuestion, Intent.None], [PolicyQuestionDialog.DialogId] },
        { nameof(PoliciesFeature.AddTravelAdvice), [Intent.TravelAdvice, Intent.MyTrips, Intent.CancelTrip], [TravelAdviceDialog.DialogId, TripsDialog.DialogId] },
        { nameof(VolunteeringFeature.AddVolunteering), [Intent.VolunteerSignUp, Intent.VolunteerCancel, Intent.VolunteerCheckIn, Intent.VolunteerPoints], [VolunteerDialog.DialogId] },
        { nameof(CareFeature.AddCare), [Intent.RecordVisit], [VisitDialog.DialogId] },
        { nameof(PartyFeature.AddParty), [Intent.PartyRegister], [PartyRegisterDialog.DialogId] },
        { nameof(MutualHelpFeature.AddMutualHelp), [Intent.HelpRequest, Intent.HelpOffer, Intent.HelpAnswer], [HelpPostDialog.DialogId, HelpReplyDialog.DialogId] },
    };

    private static readonly Dictionary<string, Func<IServiceCollection, IServiceCollection>> Registrations = new()
    {
        [nameof(HelpFeature.AddHelp)] = s => s.AddHelp(),
        [nameof(SmallTalkFeature.AddSmallTalk)] = s => s.AddSmallTalk(),
        [nameof(ClarifyFeature.AddClarify)] = s => s.AddClarify(),
        [nameof(BindHouseholdFeature.AddBindHousehold)] = s => s.AddBindHousehold(),
        [nameof(ReportProblemFeature.AddReportProblem)] = s => s.AddReportProblem(),
        [nameof(FollowUpFeature.AddFollowUp)] = s => s.AddFollowUp(),
        [nameof(WorkOrdersFeature.AddWorkOrders)] = s => s.AddWorkOrders(),
        [nameof(PoliciesFeature.AddPolicies)] = s => s.AddPolicies(),
        [nameof(PoliciesFeature.AddTravelAdvice)] = s => s.AddTravelAdvice(),
        [nameof(VolunteeringFeature.AddVolunteering)] = s => s.AddVolunteering(),
        [nameof(CareFeature.AddCare)] = s => s.AddCare(),
        [nameof(PartyFeature.AddParty)] = s => s.AddParty(),
        [nameof(MutualHelpFeature.AddMutualHelp)] = s => s.AddMutualHelp(),
    };

    [Theory]
    [MemberData(nameof(Features))]
    public async Task Feature_RegistersItsRoutesAndDialogs_InOnePlace(string feature, Intent[] intents, string[] dialogIds)
    {
        await using var host = await DialogsHost.CreateAsync(demoData: false);
        var alone = Registrations[feature](new ServiceCollection());
        var routes = alone.Where(d => d.ServiceType == typeof(DialogRoute)).Select(d => (DialogRoute)d.ImplementationInstance!).ToList();
        var dialogTypes = alone.Where(d => d.ServiceType == typeof(Dialog)).Select(d => d.ImplementationType ?? d.ImplementationInstance!.GetType()).ToHashSet();

        Assert.Equal(intents, routes.Select(r => r.Intent));
        var registered = host.Services.GetServices<Dialog>().Where(d => dialogTypes.Contains(d.GetType())).Select(d => d.Id).ToList();
        Assert.Equal(dialogIds.Order(), registered.Order());
        Assert.All(routes, r => Assert.Contains(r.DialogId, dialogIds));
    }

    [Fact]
    public async Task EveryRoute_StartsARegisteredDialog_AndEveryFeatureWithAHelpLineIsListed()
    {
        await using var flow = await TestFlow.CreateAsync(demoData: false);
        var routes = flow.Host.Services.GetServices<DialogRoute>().ToList();
        var dialogs = flow.Host.Services.GetServices<Dialog>().Select(d => d.Id).ToHashSet();

        Assert.All(routes, r => Assert.Contains(r.DialogId, dialogs));
        await flow.Send("帮助").AssertReplyContains("绑定房号：发“绑定房号”或百姓码");
    }

    [Fact]
    public async Task HelpWords_AreTheOnesTheFeaturesRegister()
    {
        var unsure = new RecognizerResult
        {
            Text = "楼下的车", Intent = Intent.None, Confidence = 0.48, Candidates = [new(Intent.None, 0.48), new(Intent.ReportProblem, 0.41)],
        };
        await using var flow = await TestFlow.CreateAsync(configure: s => s.AddSingleton(new HelpWords(["咋整"])));

        await flow.As(WorkOrderScenarios.Resident, "龙婷").InPrivate()
            .Begin(ClarifyDialog.DialogId, unsure).AssertReplyContains("您是想")
            .Send("咋整").AssertReply("请回复选项前的数字，或者直接说选项的名字。").AssertReplyContains("您是想")
            .Send("帮助").AssertReply("请回复选项前的数字，或者直接说选项的名字。");
    }
}
