using BuildingBot.Community.Events;
using BuildingBot.Community.Party;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Party;

public static class PartyFeature
{
    /// <summary>在职党员报到: 党员报到 with the workplace's party organisation and a service post.</summary>
    public static IServiceCollection AddParty(this IServiceCollection services)
    {
        services.AddScoped<IDomainEventConsumer<PartyMemberConfirmed>, PartyNotifier>();
        return services.AddDialog<PartyRegisterDialog>(new DialogRoute(Intent.PartyRegister, PartyRegisterDialog.DialogId, ["党员报到"], "在职党员：发“党员报到”到小区报到服务"));
    }
}
