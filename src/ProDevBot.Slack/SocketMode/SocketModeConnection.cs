using System.Net.WebSockets;
using System.Text.Json;

namespace ProDevBot.Slack.SocketMode;

/// <summary>
/// One WebSocket to Slack: reads frames until the socket closes, runs each envelope on its own task, and sends
/// acks one at a time. It reports a <c>disconnect</c> frame without closing, so a new connection can be opened
/// first; <see cref="CloseAsync"/> then lets in-flight acks out before a normal close.
/// </summary>
internal sealed class SocketModeConnection(ClientWebSocket socket) : IAsyncDisposable
{
    // Slack's envelopes are a few kB; a frame larger than this is not one of them.
    private const int MaxFrameBytes = 1024 * 1024;

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<string> _disconnect = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<Task> _inFlight = [];

    /// <summary>Completes with the reason of Slack's <c>disconnect</c> frame.</summary>
    public Task<string> Disconnected => _disconnect.Task;

    /// <summary>Reads until the socket closes or fails; never throws.</summary>
    public async Task RunAsync(Func<SocketModeEnvelope, SocketModeConnection, Task> onEnvelope, CancellationToken cancellationToken)
    {
        try
        {
            while (await ReceiveAsync(cancellationToken) is { } frame)
            {
                if (frame.Type == "disconnect")
                {
                    _disconnect.TrySetResult(frame.Reason ?? "unknown");
                    continue;
                }

                var task = Task.Run(() => onEnvelope(frame, this), CancellationToken.None);
                lock (_inFlight)
                {
                    _inFlight.Add(task);
                }

                _ = task.ContinueWith(t => { lock (_inFlight) { _inFlight.Remove(t); } }, TaskScheduler.Default);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // A dropped socket ends the connection; the client reconnects.
        }
    }

    public async Task SendAsync(byte[] frame, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Waits (up to <paramref name="drain"/>) for envelopes still being answered, then closes normally.</summary>
    public async Task CloseAsync(TimeSpan drain, TimeProvider time)
    {
        Task[] pending;
        lock (_inFlight)
        {
            pending = [.. _inFlight];
        }

        using var timeout = new CancellationTokenSource(drain, time);
        try
        {
            await Task.WhenAll(pending).WaitAsync(timeout.Token);
        }
        catch (Exception)
        {
            // Unanswered envelopes are redelivered by Slack on the other connection.
        }

        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2), time);
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "closing", closing.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone: nothing left to close.
        }
    }

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<SocketModeEnvelope?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Write(chunk, 0, result.Count);
            if (buffer.Length > MaxFrameBytes)
            {
                throw new WebSocketException("A Socket Mode frame was larger than 1 MB.");
            }

            if (result.EndOfMessage)
            {
                return Parse(buffer.ToArray());
            }
        }
    }

    private static SocketModeEnvelope Parse(byte[] frame)
    {
        try
        {
            return JsonSerializer.Deserialize<SocketModeEnvelope>(frame, SlackJson.Inbound) ?? new SocketModeEnvelope();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // An unreadable frame has no envelope_id to ack; the handler logs it and moves on.
            return new SocketModeEnvelope { Type = "unreadable" };
        }
    }
}
