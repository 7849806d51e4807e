using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ProDevBot.FakeSlack;

/// <summary>
/// Slack's Socket Mode, on loopback: <c>apps.connections.open</c> checks the app token and hands out a single-use
/// <c>ws://127.0.0.1:…/socket/{ticket}</c> URL; each connection gets <c>hello</c>, then whatever a test pushes
/// (envelopes, <c>disconnect</c> frames). Every ack is recorded with its latency.
/// </summary>
public sealed class FakeSocketMode(FakeSlackSettings settings)
{
    // Latency and test waits are wall-clock facts, whatever clock the bot under test is given.
    private static readonly TimeProvider Wall = TimeProvider.System;

    private readonly ConcurrentDictionary<string, bool> _tickets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _sentAt = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeSocketAck> _acks = new();
    private readonly List<Connection> _connections = [];
    private long _lastAck;
    private int _opens;
    private int _envelopes;

    internal Uri Root { get; set; } = null!;

    /// <summary>How many times <c>apps.connections.open</c> answered a URL.</summary>
    public int Opens => Volatile.Read(ref _opens);

    /// <summary>Connections that completed the WebSocket handshake, open or closed.</summary>
    public int Connections { get { lock (_connections) { return _connections.Count; } } }

    /// <summary>Connections the bot closed with a normal close (status 1000).</summary>
    public int NormalCloses { get { lock (_connections) { return _connections.Count(c => c.ClosedNormally); } } }

    public IReadOnlyList<FakeSocketAck> Acks => [.. _acks];

    internal IResult Open(HttpContext http)
    {
        var auth = http.Request.Headers.Authorization.ToString();
        if (auth != $"Bearer {settings.AppToken}")
        {
            return Results.Json(new { ok = false, error = auth.Length == 0 ? "not_authed" : "invalid_auth" });
        }

        var ticket = Guid.NewGuid().ToString("N");
        _tickets[ticket] = true;
        Interlocked.Increment(ref _opens);
        var url = new UriBuilder(Root) { Scheme = "ws", Path = $"/socket/{ticket}" }.Uri;
        return Results.Json(new { ok = true, url = url.ToString() });
    }

    internal async Task AcceptAsync(HttpContext http, string ticket)
    {
        // Single use, as Slack's: a URL handed out once connects once.
        if (!http.WebSockets.IsWebSocketRequest || !_tickets.TryRemove(ticket, out _))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var connection = new Connection(socket);
        lock (_connections)
        {
            _connections.Add(connection);
            connection.Number = _connections.Count;
        }

        await connection.SendAsync(new JsonObject { ["type"] = "hello", ["num_connections"] = 1 });
        await ReceiveAcksAsync(connection);
    }

    /// <summary>Pushes an envelope on the newest connection; returns its envelope_id.</summary>
    public async Task<string> SendEnvelopeAsync(
        string type, JsonNode payload, bool acceptsResponsePayload = false, string? envelopeId = null, int retryAttempt = 0)
    {
        var id = envelopeId ?? $"env-{Interlocked.Increment(ref _envelopes)}";
        _sentAt[id] = Wall.GetTimestamp();
        await Newest().SendAsync(new JsonObject
        {
            ["envelope_id"] = id,
            ["type"] = type,
            ["payload"] = payload.DeepClone(),
            ["accepts_response_payload"] = acceptsResponsePayload,
            ["retry_attempt"] = retryAttempt,
            ["retry_reason"] = retryAttempt > 0 ? "timeout" : "",
        });
        return id;
    }

    /// <summary>Sends a <c>disconnect</c> frame (<c>warning</c>, <c>refresh_requested</c>, <c>link_disabled</c>) on the newest connection.</summary>
    public Task SendDisconnectAsync(string reason) =>
        Newest().SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason });

    /// <summary>
    /// For benchmarks: once a connection is up, pushes <paramref name="count"/> slash_commands envelopes at a steady
    /// <paramref name="perSecond"/> (each expecting its reply in the ack).
    /// </summary>
    public async Task PushAsync(int count, double perSecond, JsonObject commandPayload)
    {
        await WaitForConnectionsAsync(1, TimeSpan.FromMinutes(2));
        var start = Wall.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond) - Wall.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            await SendEnvelopeAsync("slash_commands", commandPayload, acceptsResponsePayload: true, envelopeId: $"bench-{i}");
        }
    }

    /// <summary>Ack latency percentiles (ms) and throughput of everything sent so far.</summary>
    public object Stats()
    {
        var acks = Acks;
        var ms = acks.Select(a => a.Latency.TotalMilliseconds).Order().ToArray();
        double P(double p) => ms.Length == 0 ? 0 : ms[(int)Math.Min(ms.Length - 1, Math.Ceiling(p * ms.Length) - 1)];
        var span = _sentAt.IsEmpty || acks.Count == 0 ? 0 : Wall.GetElapsedTime(_sentAt.Values.Min(), Volatile.Read(ref _lastAck)).TotalSeconds;
        return new { Sent = _sentAt.Count, Acked = acks.Count, P50Ms = P(0.5), P99Ms = P(0.99), MaxMs = P(1), Opens, FirstSendToLastAckSeconds = span };
    }

    /// <summary>Drops the newest connection without a close handshake, as a network failure would.</summary>
    public void Drop() => Newest().Socket.Abort();

    /// <summary>The acks of one envelope (more than one when it was redelivered), waiting up to <paramref name="timeout"/> for the first.</summary>
    public async Task<IReadOnlyList<FakeSocketAck>> WaitForAcksAsync(string envelopeId, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = Wall.GetTimestamp();
        while (true)
        {
            var acks = _acks.Where(a => a.EnvelopeId == envelopeId).ToList();
            if (acks.Count >= count || Wall.GetElapsedTime(deadline) > (timeout ?? TimeSpan.FromSeconds(10)))
            {
                return acks;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until <paramref name="count"/> connections have completed the handshake.</summary>
    public async Task WaitForConnectionsAsync(int count, TimeSpan? timeout = null)
    {
        var start = Wall.GetTimestamp();
        while (Connections < count && Wall.GetElapsedTime(start) < (timeout ?? TimeSpan.FromSeconds(10)))
        {
            await Task.Delay(20);
        }
    }

    private Connection Newest()
    {
        lock (_connections)
        {
            return _connections.LastOrDefault(c => c.Socket.State == WebSocketState.Open)
                ?? throw new InvalidOperationException("No open Socket Mode connection.");
        }
    }

    private async Task ReceiveAcksAsync(Connection connection)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await connection.Socket.ReceiveAsync(buffer, CancellationToken.None);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    connection.ClosedNormally = result.CloseStatus == WebSocketCloseStatus.NormalClosure;
                    await connection.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    return;
                }

                Record(message.ToArray(), connection.Number);
            }
        }
        catch (WebSocketException)
        {
            // The bot dropped the socket without a close: recorded as not a normal close.
        }
    }

    private void Record(byte[] frame, int connection)
    {
        using var document = JsonDocument.Parse(frame);
        var root = document.RootElement;
        var id = root.GetProperty("envelope_id").GetString()!;
        Volatile.Write(ref _lastAck, Wall.GetTimestamp());
        var latency = _sentAt.TryGetValue(id, out var sent) ? Wall.GetElapsedTime(sent) : TimeSpan.Zero;
        _acks.Enqueue(new FakeSocketAck(id, root.TryGetProperty("payload", out var p) ? p.Clone() : null, connection, latency));
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim whose wait handle is never used holds nothing to dispose.")]
    private sealed class Connection(WebSocket socket)
    {
        private readonly SemaphoreSlim _send = new(1, 1);

        public WebSocket Socket { get; } = socket;

        public int Number { get; set; }

        public bool ClosedNormally { get; set; }

        public async Task SendAsync(JsonObject frame)
        {
            await _send.WaitAsync();
            try
            {
                await Socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);
            }
            finally
            {
                _send.Release();
            }
        }
    }
}
