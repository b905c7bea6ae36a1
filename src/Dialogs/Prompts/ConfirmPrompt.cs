using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Prompts;

/// <summary>Yes or no, as people say it: 是 / 对 / 好的 / 可以 / 行 / 嗯 … and 否 / 不 / 不用 / 算了 / 不急 / 没事 / 别打了 ….</summary>
public sealed class ConfirmPrompt(string id, Func<PromptValidatorContext<bool>, Task<bool>>? validator = null)
    : Prompt<bool>(id, validator)
{
    private static readonly string[] No =
        ["不是", "不对", "不用", "不要", "不行", "不可以", "不好", "不需要", "不同意", "算了", "没有", "别", "否", "错", "no", "n", "2",
            "不急", "不着急", "不紧急", "不太急", "没事", "没那么急", "不打"];

    private static readonly string[] Yes =
        ["是", "对", "好", "可以", "嗯", "行", "要", "确认", "确定", "同意", "没问题", "ok", "yes", "y", "1", "当然", "需要", "愿意", "允许", "中"];

    public static bool? Interpret(string? raw)
    {
        var text = ChineseText.Normalize(raw).TrimEnd('。', '!', '.', '~', '的', '呀', '啊', '吧');
        if (text.Length == 0)
        {
            return null;
        }

        if (text == "不" || No.Any(n => text.StartsWith(n, StringComparison.Ordinal)))
        {
            return false;
        }

        return Yes.Any(y => text.StartsWith(y, StringComparison.Ordinal)) ? true : null;
    }

    protected override (bool Succeeded, bool Value) Recognize(ITurnContext turn, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Interpret(turn.Activity.Text) is { } answer ? (true, answer) : (false, false);
    }

    protected override string DefaultHint(PromptOptions options) => "请回复“是”或“否”。";

    protected override string Render(string text, PromptOptions options) => $"{text}（是/否）";
}
