using System.Text.Json;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.Prompts;

/// <summary>
/// Asks one question and ends with the typed answer. Remembers whom it asked: in a group only
/// that person's answer counts. Retries with a hint and ends the dialog politely after
/// <see cref="PromptOptions.MaxAttempts"/> answers it could not accept.
/// </summary>
public abstract class Prompt<T>(string id, Func<PromptValidatorContext<T>, Task<bool>>? validator = null) : Dialog(id)
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";
    private const string AskedKey = "asked";

    public const string GaveUp = "抱歉，还是没能确认您的回答，这件事先到这里。需要时随时再找我，发“帮助”可以看看我能做什么。";

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions ?? throw new ArgumentException($"{Id} needs PromptOptions", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, StateJson.Options);
        state[AttemptsKey] = 0;
        state[AskedKey] = dc.Turn.Activity.From.Id;
        dc.Turn.Send(Render(promptOptions.Prompt, promptOptions));
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        var options = Options(dc.ActiveDialog!);
        if (state[AskedKey]?.GetValue<string>() != dc.Turn.Activity.From.Id)
        {
            // Someone else's message never answers this prompt.
            return DialogTurnResult.Waiting;
        }

        var attempt = (state[AttemptsKey]?.GetValue<int>() ?? 0) + 1;
        state[AttemptsKey] = attempt;
        string? refusal = null;
        if (Recognize(dc.Turn, options) is { Succeeded: true } recognized)
        {
            var check = new PromptValidatorContext<T>(dc.Turn, dc.State, recognized.Value, attempt, options);
            if (validator is null || await validator(check).ConfigureAwait(false))
            {
                return await dc.EndDialogAsync(recognized.Value).ConfigureAwait(false);
            }

            refusal = check.RefusalMessage;
        }

        if (attempt >= options.MaxAttempts)
        {
            dc.Turn.Send(refusal is null ? GaveUp : $"{refusal}\n{GaveUp}");
            return await dc.CancelAllDialogsAsync().ConfigureAwait(false);
        }

        dc.Turn.Send(Render(refusal ?? options.RetryPrompt ?? $"{DefaultHint(options)}\n{options.Prompt}", options));
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var options = Options(dc.ActiveDialog!);
        dc.Turn.Send(Render(options.Prompt, options));
        return Task.CompletedTask;
    }

    public override string? GetHelp(DialogContext dc, DialogInstance instance) => Options(instance).Help;

    public override string? GetFormatHint(DialogContext dc, DialogInstance instance) => DefaultHint(Options(instance));

    /// <summary>Reads the answer from the turn; a failed recognition counts as an attempt.</summary>
    protected abstract (bool Succeeded, T Value) Recognize(ITurnContext turn, PromptOptions options);

    /// <summary>What to say when an answer could not be read, e.g. "请回复选项前的数字".</summary>
    protected abstract string DefaultHint(PromptOptions options);

    /// <summary>The text sent for a prompt; choice prompts add their numbered options.</summary>
    protected virtual string Render(string text, PromptOptions options) => text;

    /// <summary>True for 跳过 / 没有 / 没有照片 / 没拍 / 不用了 …, when the options allow skipping.</summary>
    protected static bool IsSkip(string text, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var answer = text.Trim().TrimEnd('。', '!', '.', '~', '了', '啊', '吧');
        return options.AllowSkip && (answer is "无" or "skip" || SkipWords.Any(w => answer.StartsWith(w, StringComparison.Ordinal)));
    }

    private static readonly string[] SkipWords = ["跳过", "没有", "没拍", "没照", "拍不了", "不用", "不需要", "不发", "算了"];

    private PromptOptions Options(DialogInstance instance)
    {
        try
        {
            return instance.State[OptionsKey].Deserialize<PromptOptions>(StateJson.Options)
                ?? throw new DialogStateException($"Prompt '{Id}' has no options");
        }
        catch (JsonException exception)
        {
            throw new DialogStateException($"Prompt '{Id}' has options of another shape", exception);
        }
    }
}
