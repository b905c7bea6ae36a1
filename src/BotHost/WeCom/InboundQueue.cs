using System.Threading.Channels;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.BotHost.WeCom;

/// <summary>
/// Callbacks are acknowledged at once (WeCom retries anything slower than 5 s); their activities wait
/// here and a background worker runs the turns.
/// </summary>
internal sealed partial class InboundQueue(IServiceScopeFactory scopes, ILogger<InboundQueue> logger) : BackgroundService
{
    private readonly Channel<(Activity Activity, Func<IServiceProvider, CancellationToken, Task>? After)> _activities =
        Channel.CreateBounded<(Activity, Func<IServiceProvider, CancellationToken, Task>?)>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait });

    /// <param name="after">Runs once the turn is done (e.g. updating the card whose button was pressed).</param>
    public ValueTask EnqueueAsync(Activity activity, CancellationToken cancellationToken, Func<IServiceProvider, CancellationToken, Task>? after = null) =>
        _activities.Writer.WriteAsync((activity, after), cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (activity, after) in _activities.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BotEngine>().ProcessAsync(activity, stoppingToken);
                if (after is not null)
                {
                    await after(scope.ServiceProvider, stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The engine already answered the person (or a card update failed); one bad item must not stop the queue.
                LogFailed(exception, activity.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "WeCom activity {ActivityId} failed")]
    private partial void LogFailed(Exception exception, string activityId);
}
