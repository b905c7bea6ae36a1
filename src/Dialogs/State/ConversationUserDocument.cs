using System.Text.Json.Nodes;

namespace BuildingBot.Dialogs.State;

/// <summary>What is stored per (conversation, user): the dialog stack and the values of that pair.</summary>
internal sealed class ConversationUserDocument
{
    /// <summary>Bumped when the stored shape changes; an older or newer document restarts the conversation politely.</summary>
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    public List<DialogInstance> Stack { get; set; } = [];

    public DateTimeOffset? LastActivityAt { get; set; }

    public JsonObject Values { get; set; } = [];
}
