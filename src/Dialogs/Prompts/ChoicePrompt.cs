using System.Text;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Prompts;

/// <summary>Numbered options; accepts the number (1, 一, 第二个), the option's text or one of its synonyms.</summary>
public sealed class ChoicePrompt(string id, Func<PromptValidatorContext<FoundChoice>, Task<bool>>? validator = null)
    : Prompt<FoundChoice>(id, validator)
{
    protected override (bool Succeeded, FoundChoice Value) Recognize(ITurnContext turn, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(options);
        var text = ChineseText.Normalize(turn.Activity.Text).Trim('第', '个', '项', '。', '.', ' ');
        var choices = options.Choices;
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (Equals(text, choice.Value) || (choice.Synonyms ?? []).Any(s => Equals(text, s)))
            {
                return (true, new FoundChoice(i, choice.Value));
            }
        }

        if (ChineseNumber.TryParse(text, out var number) && number >= 1 && number <= choices.Count)
        {
            return (true, new FoundChoice(number - 1, choices[number - 1].Value));
        }

        // A longer answer that names exactly one option ("选物业维修吧").
        var named = Enumerable.Range(0, choices.Count)
            .Where(i => text.Contains(ChineseText.Normalize(choices[i].Value), StringComparison.Ordinal)
                || (choices[i].Synonyms ?? []).Any(s => s.Length > 1 && text.Contains(ChineseText.Normalize(s), StringComparison.Ordinal)))
            .ToList();
        return named.Count == 1 ? (true, new FoundChoice(named[0], choices[named[0]].Value)) : (false, null!);
    }

    protected override string DefaultHint(PromptOptions options) => "请回复选项前的数字，或者直接说选项的名字。";

    protected override string Render(string text, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new StringBuilder(text);
        for (var i = 0; i < options.Choices.Count; i++)
        {
            builder.Append('\n').Append(i + 1).Append(". ").Append(options.Choices[i].Value);
        }

        return builder.ToString();
    }

    private static bool Equals(string text, string option) => string.Equals(text, ChineseText.Normalize(option), StringComparison.Ordinal);
}
