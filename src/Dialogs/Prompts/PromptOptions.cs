namespace BuildingBot.Dialogs.Prompts;

/// <summary>What a prompt says and accepts. Stored with the stack, so it survives between turns.</summary>
public sealed record PromptOptions
{
    public required string Prompt { get; init; }

    /// <summary>Said after an answer that was not accepted; defaults to the prompt type's own hint.</summary>
    public string? RetryPrompt { get; init; }

    /// <summary>For 帮助 at this prompt; defaults to the prompt type's own hint.</summary>
    public string? Help { get; init; }

    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>After this many answers that are not accepted the dialog ends politely.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>For optional answers (a photo): 跳过 / 没有 / 不用 is accepted as "none".</summary>
    public bool AllowSkip { get; init; }

    /// <summary>What the validator checks against (e.g. the earliest date accepted), kept with the prompt between turns.</summary>
    public string? Validations { get; init; }
}
