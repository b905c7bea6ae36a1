namespace BuildingBot.Dialogs.Core;

public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);
}
