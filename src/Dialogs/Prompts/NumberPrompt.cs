using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Prompts;

/// <summary>A whole number in Arabic or Chinese numerals: 12, 十二, 两.</summary>
public sealed class NumberPrompt(string id, Func<PromptValidatorContext<int>, Task<bool>>? validator = null)
    : Prompt<int>(id, validator)
{
    protected override (bool Succeeded, int Value) Recognize(ITurnContext turn, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return ChineseNumber.TryFind(ChineseText.Normalize(turn.Activity.Text), out var value) ? (true, value) : (false, 0);
    }

    protected override string DefaultHint(PromptOptions options) => "请回复一个数字，例如 3 或 三。";
}
