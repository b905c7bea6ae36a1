using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Clarify;

public static class ClarifyFeature
{
    /// <summary>The clarifying question for a message the classifier is unsure of, and its prompt.</summary>
    public static IServiceCollection AddClarify(this IServiceCollection services)
    {
        services.AddDialog<ClarifyDialog>();
        services.AddSingleton<Dialog>(new ChoicePrompt(ClarifyDialog.WhichPrompt));
        return services;
    }
}
