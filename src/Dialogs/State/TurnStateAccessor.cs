using System.Text.Json;
using System.Text.Json.Nodes;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.State;

/// <summary>Loads the three state documents of a turn and saves them back with their ETags, all together or none.</summary>
public sealed class TurnStateAccessor(IStateStore store)
{
    /// <summary>State unused for this long is dropped by the store.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromDays(90);

    private readonly Dictionary<TurnState, Loaded> _loaded = [];

    public async Task<TurnState> LoadAsync(ConversationReference conversation, string userId, CancellationToken cancellationToken)
    {
        var keys = new Keys(StateKeys.ConversationUser(conversation, userId), StateKeys.User(conversation, userId), StateKeys.Conversation(conversation));
        // Asked together: on Redis the three reads share one round trip instead of waiting for each other.
        var documentRead = store.ReadAsync(keys.ConversationUser, cancellationToken);
        var userRead = store.ReadAsync(keys.User, cancellationToken);
        var conversationRead = store.ReadAsync(keys.Conversation, cancellationToken);
        var documentEntry = await documentRead.ConfigureAwait(false);
        var userEntry = await userRead.ConfigureAwait(false);
        var conversationEntry = await conversationRead.ConfigureAwait(false);

        string? restartReason = null;
        ConversationUserDocument? document = null;
        if (documentEntry is not null)
        {
            try
            {
                document = JsonSerializer.Deserialize<ConversationUserDocument>(documentEntry.Json, StateJson.Options);
                if (document?.SchemaVersion != ConversationUserDocument.CurrentSchemaVersion)
                {
                    restartReason = $"stored schema version {document?.SchemaVersion} is not {ConversationUserDocument.CurrentSchemaVersion}";
                    document = null;
                }
            }
            catch (JsonException exception)
            {
                restartReason = $"stored state does not parse: {exception.Message}";
            }
        }

        var state = new TurnState(document ?? new ConversationUserDocument(), Bag(userEntry), Bag(conversationEntry))
        {
            RestartReason = restartReason,
        };
        _loaded[state] = new Loaded(keys, documentEntry, userEntry, conversationEntry);
        return state;
    }

    /// <returns>False when another turn wrote any of the documents since they were loaded; the caller reruns the turn.</returns>
    public async Task<bool> SaveAsync(TurnState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var loaded = _loaded[state];
        _loaded.Remove(state);
        var writes = new (string Key, string Json, StateEntry? Entry)[]
        {
            (loaded.Keys.Conversation, state.Conversation.Values.ToJsonString(StateJson.Options), loaded.Conversation),
            (loaded.Keys.User, state.User.Values.ToJsonString(StateJson.Options), loaded.User),
            (loaded.Keys.ConversationUser, JsonSerializer.Serialize(state.Document, StateJson.Options), loaded.ConversationUser),
        };
        var changed = writes.Where(w => w.Entry?.Json != w.Json).Select(w => new StateWrite(w.Key, w.Json, w.Entry?.ETag)).ToList();
        return changed.Count == 0 || await store.WriteAsync(changed, TimeToLive, cancellationToken).ConfigureAwait(false) is not null;
    }

    private static StateBag Bag(StateEntry? entry) =>
        new(entry is null ? [] : JsonNode.Parse(entry.Json) as JsonObject ?? []);

    private sealed record Keys(string ConversationUser, string User, string Conversation);

    private sealed record Loaded(Keys Keys, StateEntry? ConversationUser, StateEntry? User, StateEntry? Conversation);
}
