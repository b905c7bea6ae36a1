namespace BuildingBot.Dialogs.Core;

/// <summary>
/// The stored stack cannot be continued by this version (a dialog or step it names is gone, or its
/// state has another shape); the manager restarts the conversation politely.
/// </summary>
public sealed class DialogStateException : Exception
{
    public DialogStateException()
    {
    }

    public DialogStateException(string message)
        : base(message)
    {
    }

    public DialogStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
