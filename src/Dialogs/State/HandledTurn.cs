using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.State;

/// <summary>
/// A turn whose state was saved, with what it said: saved in the same write as the state it produced, so an activity
/// handled again (after a crash between saving and finishing, or a lease lost to another process) is answered with
/// the same messages under the same keys — which the outbox ignores when they are already queued — and never run twice.
/// </summary>
internal sealed record HandledTurn(string ActivityKey, IReadOnlyList<OutgoingMessage> Messages);
