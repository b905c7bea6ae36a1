using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Prompts;

/// <summary>Any non-empty text.</summary>
public sealed class TextPrompt(string id, Func<PromptValidatorContext<string>, Task<bool>>? validator = null)
    : Prompt<string>(id, validator)
{
    protected override (bool Succeeded, string Value) Recognize(ITurnContext turn, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = turn.Activity.Text?.Trim() ?? string.Empty;
        return (text.Length > 0 || IsSkip(ChineseText.Normalize(text), options), text);
    }

    protected override string DefaultHint(PromptOptions options) => "请直接用文字回复。";
}
