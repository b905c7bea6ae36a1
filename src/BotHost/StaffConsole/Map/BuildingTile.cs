namespace BuildingBot.BotHost.StaffConsole.Map;

/// <summary>One building on the 村情图: its place, and the figures counted for it in the database.</summary>
public sealed record BuildingTile(int Id, string Name, int CompoundId, string CompoundName, string? GridName)
{
    public int OpenOrders { get; init; }

    public int Overdue { get; init; }

    /// <summary>Open orders escalated past the assignee, or reported as emergencies.</summary>
    public int Urgent { get; init; }

    public int Households { get; init; }

    /// <summary>Residents bound to a household of the building who talk to the bot (have a channel identity).</summary>
    public int BoundResidents { get; init; }

    public bool GroupBound { get; init; }

    /// <summary>The colour class: overdue (red), urgent (orange), open (yellow), calm (green).</summary>
    public string Level => Overdue > 0 ? "overdue" : Urgent > 0 ? "urgent" : OpenOrders > 0 ? "open" : "calm";
}
