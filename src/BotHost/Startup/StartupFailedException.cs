namespace BuildingBot.BotHost.Startup;

/// <summary>Something the process needs is not there; the message says what and which key to set.</summary>
internal sealed class StartupFailedException(string message, Exception? innerException = null)
    : Exception(message, innerException);
