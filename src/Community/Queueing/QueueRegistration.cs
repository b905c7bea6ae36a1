using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BuildingBot.Community.Queueing;

public static class QueueRegistration
{
    /// <summary>
    /// A durable queue over the rows of <typeparamref name="TItem"/>, worked off by <typeparamref name="THandler"/>:
    /// settings from <c>Queues:{name}</c> over <paramref name="defaults"/>, the signal, the worker as a hosted service.
    /// </summary>
    public static IServiceCollection AddDurableQueue<TItem, THandler>(
        this IServiceCollection services, string name, IConfiguration configuration, Action<QueueOptions>? defaults = null)
        where TItem : class, IQueueItem
        where THandler : class, IQueueHandler<TItem>
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<QueueOptions>(name).Configure(o => defaults?.Invoke(o)).Bind(configuration.GetSection($"Queues:{name}"))
            .Validate(o => o.MaxAttempts > 0 && o.Workers >= 0 && o.BatchSize > 0 && o.Lease > TimeSpan.Zero, $"Queues:{name} needs positive MaxAttempts, BatchSize and Lease, and Workers of 0 or more");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QueueStore<TItem>>();
        services.TryAddSingleton<QueueSignal<TItem>>();
        services.AddScoped<IQueueHandler<TItem>, THandler>();
        services.AddSingleton(provider => new QueueWorker<TItem>(
            name,
            provider.GetRequiredService<IServiceScopeFactory>(),
            provider.GetRequiredService<QueueStore<TItem>>(),
            provider.GetRequiredService<QueueSignal<TItem>>(),
            provider.GetRequiredService<IOptionsMonitor<QueueOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<QueueWorker<TItem>>>()));
        services.AddHostedService(provider => provider.GetRequiredService<QueueWorker<TItem>>());
        return services;
    }
}
