using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Events;

/// <summary>
/// Before each save, takes the events of every tracked aggregate and runs their consumers (resolved from the
/// context's own scope), again until no consumer raised more; the save that follows writes the change and
/// everything its consumers added in one transaction. A consumer that throws fails the save, so nothing is half-written.
/// </summary>
public sealed class DomainEventInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    private const int MaxRounds = 8;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            await DispatchAsync(context, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Pending(context).Any(a => a.HasDomainEvents()))
        {
            throw new InvalidOperationException("Aggregates with domain events must be saved with SaveChangesAsync.");
        }

        return result;
    }

    private async Task DispatchAsync(DbContext context, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            var events = Pending(context).SelectMany(a => a.TakeDomainEvents()).ToList();
            if (events.Count == 0)
            {
                return;
            }

            if (round > MaxRounds)
            {
                throw new InvalidOperationException($"Domain event consumers kept raising events after {MaxRounds} rounds.");
            }

            foreach (var domainEvent in events)
            {
                var consumerType = typeof(IDomainEventConsumer<>).MakeGenericType(domainEvent.GetType());
                var handle = consumerType.GetMethod(nameof(IDomainEventConsumer<IDomainEvent>.HandleAsync))!;
                foreach (var consumer in services.GetServices(consumerType))
                {
                    await ((Task)handle.Invoke(consumer, BindingFlags.DoNotWrapExceptions, null, [domainEvent, cancellationToken], null)!).ConfigureAwait(false);
                }
            }
        }
    }

    private static List<IHasDomainEvents> Pending(DbContext context) =>
        [.. context.ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity)];
}
