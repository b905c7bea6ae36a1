using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.Prompts;

/// <summary>What a validator checks: the recognised value, the attempt number, and a message to explain a refusal.</summary>
public sealed class PromptValidatorContext<T>(ITurnContext turn, TurnState state, T value, int attempt, PromptOptions options)
{
    public ITurnContext Turn { get; } = turn;

    /// <summary>The turn's state (values kept per user and conversation).</summary>
    public TurnState State { get; } = state;

    public T Value { get; } = value;

    /// <summary>1 for the first answer.</summary>
    public int Attempt { get; } = attempt;

    public PromptOptions Options { get; } = options;

    /// <summary>Set to tell the user why the answer was refused; replaces the retry prompt.</summary>
    public string? RefusalMessage { get; set; }
}
