using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BuildingBot.BotHost.Tests;

/// <summary>Keeps every log entry a host writes (add it with <c>services.AddSingleton&lt;ILoggerProvider&gt;(capture)</c>).</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    /// <summary>
    /// One log line: its category, level, rendered message, structured values and exception. A scope that was
    /// begun is kept as an entry of level <see cref="LogLevel.Trace"/> with its values.
    /// </summary>
    public sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception, string Values = "")
    {
        /// <summary>Everything the entry holds, as text: what a log sink could write.</summary>
        public override string ToString() => $"{Level} {Category}: {Message} | {Values} | {Exception}";
    }

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            entries.Enqueue(new Entry(category, LogLevel.Trace, "scope", null, Describe(state)));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), exception, Describe(state)));

        private static string Describe<TState>(TState state) => state is IEnumerable<KeyValuePair<string, object?>> values
            ? string.Join("; ", values.Select(v => $"{v.Key}={v.Value}"))
            : state?.ToString() ?? string.Empty;
    }
}
