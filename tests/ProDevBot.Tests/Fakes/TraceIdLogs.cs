using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ProDevBot.Tests.Fakes;

/// <summary>Keeps each log line with the trace id its scopes carry (what ActivityTrackingOptions adds), or null.</summary>
public sealed class TraceIdLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<(string Message, string? TraceId)> _lines = new();
    private IExternalScopeProvider? _scopes;

    public IReadOnlyList<(string Message, string? TraceId)> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(TraceIdLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            string? traceId = null;
            owner._scopes?.ForEachScope(
                (scope, _) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> values)
                    {
                        traceId ??= values.FirstOrDefault(v => v.Key == "TraceId").Value?.ToString();
                    }
                },
                (object?)null);
            owner._lines.Enqueue((formatter(state, exception), traceId));
        }
    }
}
