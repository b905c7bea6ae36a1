using System.Text.Json.Nodes;

namespace BuildingBot.Dialogs.State;

/// <summary>One dialog on the stack: which dialog it is and its own state.</summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    public JsonObject State { get; init; } = [];
}
