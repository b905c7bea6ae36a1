using BuildingBot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Core;

/// <summary>
/// A scoped service (the database, a domain service) that a dialog needs. Dialogs are shared singletons, so they name
/// it in their constructor as <c>TurnScoped&lt;T&gt;</c> and take it from the turn's own scope when a step runs: it
/// shares the turn's unit of work, and what a dialog depends on is visible in one place.
/// </summary>
public sealed class TurnScoped<T>
    where T : notnull
{
    public T In(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Services.GetRequiredService<T>();
    }
}
