using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Help;

public static class HelpFeature
{
    /// <summary>帮助: the list of what the bot can do, and the words that ask for help at any step.</summary>
    public static IServiceCollection AddHelp(this IServiceCollection services)
    {
        services.AddSingleton(new HelpWords(["帮助", "help", "?", "怎么回答", "不知道怎么回答"]));
        return services.AddDialog<HelpDialog>(new DialogRoute(Intent.Help, HelpDialog.DialogId, ["帮助", "help", "菜单"], "帮助：看看我能做什么"));
    }
}
