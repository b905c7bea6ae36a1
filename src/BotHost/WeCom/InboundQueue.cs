using System.Threading.Channels;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.BotHost.WeCom;

/// <summary>
/// Callbacks are acknowledged at once (WeCom retries anything slower than 5 s); their activities wait
/// here and a background worker runs the turns.
/// </summary>
internal sealed partial class InboundQueue(IServiceScopeFactory scopes, ILogger<InboundQueue> logger) : BackgroundService
{
    private readonly Channel<Activity> _activities = Channel.CreateBounded<Activity>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait });

    public ValueTask EnqueueAsync(Activity activity, CancellationToken cancellationToken) => _activities.Writer.WriteAsync(activity, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var activity in _activities.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BotEngine>().ProcessAsync(activity, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The engine already answered the person; one bad turn must not stop the queue.
                LogFailed(exception, activity.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "WeCom activity {ActivityId} failed")]
    private partial void LogFailed(Exception exception, string activityId);
}
