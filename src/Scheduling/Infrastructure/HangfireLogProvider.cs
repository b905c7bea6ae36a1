using Microsoft.Extensions.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;

namespace BuildingBot.Scheduling.Infrastructure;

/// <summary>
/// Hangfire's logging to Microsoft.Extensions.Logging. Hangfire keeps its log provider in a static, so
/// with several hosts in one process (tests) a stopping server may log through a host that is already
/// gone; those lines are dropped instead of failing the shutdown.
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory factory) : Hangfire.Logging.ILogProvider
{
    public Hangfire.Logging.ILog GetLogger(string name) => new SafeLog(factory, name);

    private sealed class SafeLog(ILoggerFactory factory, string name) : Hangfire.Logging.ILog
    {
        private ILogger? _logger;

        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                _logger ??= factory.CreateLogger(name);
                var level = logLevel switch
                {
                    HangfireLevel.Trace => LogLevel.Trace,
                    HangfireLevel.Debug => LogLevel.Debug,
                    HangfireLevel.Info => LogLevel.Information,
                    HangfireLevel.Warn => LogLevel.Warning,
                    HangfireLevel.Error => LogLevel.Error,
                    _ => LogLevel.Critical,
                };
                if (messageFunc is null || !_logger.IsEnabled(level))
                {
                    return _logger.IsEnabled(level);
                }

#pragma warning disable CA1848, CA1873, CA2254 // Hangfire hands over finished messages (checked as enabled above); there is no template to cache.
                _logger.Log(level, exception, messageFunc());
#pragma warning restore CA1848, CA1873, CA2254
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
