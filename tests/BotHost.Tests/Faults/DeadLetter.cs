namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>A dead-lettered queue item as a fault test reads it back: "inbox" or "outbox", its target, attempts and last error.</summary>
internal sealed record DeadLetter(string Queue, string Target, int Attempts, string LastError)
{
    public override string ToString() => $"dead letter: {Queue} to {Target} after {Attempts} attempt(s): {LastError}";
}
