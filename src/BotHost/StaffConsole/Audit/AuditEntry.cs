namespace BuildingBot.BotHost.StaffConsole.Audit;

/// <summary>
/// One change made through the console or the admin API: who (staff account, or the admin key), when, from which
/// address, which request, what it did to what, and the state before and after in words (never a password, secret or phone).
/// </summary>
public sealed class AuditEntry
{
    public const int TextLength = 1000;

    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The staff account's name (with its role), "admin key", or the local caller of a keyless embedded instance.</summary>
    public required string Actor { get; set; }

    public string? Address { get; set; }

    public required string Method { get; set; }

    public required string Path { get; set; }

    public int Status { get; set; }

    /// <summary>What was done, in Chinese (派单, 查看居民电话 …), or the request when the handler said nothing.</summary>
    public required string Action { get; set; }

    /// <summary>What it was done to (工单 WO-…, 居民 #12 …).</summary>
    public string? Target { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
