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

    /// <summary>The last few turns saved here, newest last (see <see cref="HandledTurn"/>).</summary>
    public List<HandledTurn> HandledTurns { get; set; } = [];

    /// <summary>How many handled turns are kept: enough for any redelivery, which comes within minutes.</summary>
    public const int HandledTurnsKept = 8;

    public HandledTurn? FindHandled(string activityKey) => HandledTurns.FirstOrDefault(t => t.ActivityKey == activityKey);

    public void RecordHandled(HandledTurn turn)
    {
        HandledTurns.Add(turn);
        if (HandledTurns.Count > HandledTurnsKept)
        {
            HandledTurns.RemoveRange(0, HandledTurns.Count - HandledTurnsKept);
        }
    }
}
