namespace BuildingBot.Dialogs.Core;

public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The dialog finished; <see cref="DialogTurnResult.Result"/> holds what it produced.</summary>
    Complete,

    /// <summary>The dialogs were cancelled (取消, too many failed attempts).</summary>
    Cancelled,
}
