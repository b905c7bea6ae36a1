using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Prompts;

/// <summary>A date or date and time in Chinese (明天, 下周三, 3月5日上午9点, 晚上八点), resolved in Asia/Shanghai.</summary>
public sealed class DateTimePrompt(string id, Func<PromptValidatorContext<DateTimeResolution>, Task<bool>>? validator = null)
    : Prompt<DateTimeResolution>(id, validator)
{
    protected override (bool Succeeded, DateTimeResolution Value) Recognize(ITurnContext turn, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return ChineseDateTime.Resolve(turn.Activity.Text ?? string.Empty, turn.Now, turn.TimeZone) is { } resolved ? (true, resolved) : (false, null!);
    }

    protected override string DefaultHint(PromptOptions options) => "请告诉我日期或时间，例如“明天上午9点”“下周三”“3月5日”。";
}
