using System.Text;
using BuildingBot.Dialogs.Core;

namespace BuildingBot.Dialogs.Help;

/// <summary>帮助: lists what the bot can do now, from the registered routes, so it never promises more.</summary>
public sealed class HelpDialog(IEnumerable<DialogRoute> routes) : Dialog(DialogId)
{
    public const string DialogId = "help";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = new StringBuilder("您好，我是幸福里助手。您可以这样找我：");
        foreach (var route in routes.Where(r => r.DialogId != DialogId && r.Description.Length > 0))
        {
            text.Append("\n· ").Append(route.Description);
        }

        text.Append("\n· 取消：随时结束正在办的事");
        if (dc.Turn.Activity.IsGroup)
        {
            text.Append("\n在群里请先 @幸福里助手；房号、电话等个人信息我会在私聊里问您。");
        }

        dc.Turn.Send(text.ToString());
        return await dc.EndDialogAsync().ConfigureAwait(false);
    }
}
