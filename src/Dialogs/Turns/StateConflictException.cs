namespace BuildingBot.Dialogs.Turns;

/// <summary>A turn lost the ETag race more often than allowed; nothing of it was saved or sent.</summary>
public sealed class StateConflictException : Exception
{
    public StateConflictException()
    {
    }

    public StateConflictException(string message)
        : base(message)
    {
    }

    public StateConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
