using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProDevBot.FakeSlack;

/// <summary>
/// A fake Slack Web API on 127.0.0.1: answers <c>POST /api/{method}</c> like Slack (shapes, ok:false errors, tiers and
/// 429 Retry-After), takes response_url posts at <c>/response/{id}</c>, records every call, and injects the faults
/// set in <see cref="Settings"/>.
/// </summary>
public sealed class FakeSlackServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeSlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, int> _deliveredKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeSlackDelivery> _deliveries = new();
    private readonly TimeProvider _time;
    private readonly FakeSlackMethods _methods;
    private readonly FakeSlackFiles _files = new();
    private readonly FakeSlackLimits _limits;
    private readonly Random _random;
    private WebApplication? _app;
    private int _rateLimited;
    private int _injected;

    public FakeSlackServer(FakeSlackSettings? settings = null, TimeProvider? time = null)
    {
        Settings = settings ?? new FakeSlackSettings();
        _time = time ?? TimeProvider.System;
        _methods = new FakeSlackMethods(Settings, _files);
        _limits = new FakeSlackLimits(Settings, _time);
        _random = new Random(Settings.Seed);
        SocketMode = new FakeSocketMode(Settings);
    }

    /// <summary>Slack's Socket Mode: <c>apps.connections.open</c> and the WebSocket it points to.</summary>
    public FakeSocketMode SocketMode { get; }

    public FakeSlackSettings Settings { get; }

    /// <summary>The Web API base, ending in <c>/api/</c>, for <c>Slack:ApiBaseUrl</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<FakeSlackCall> Calls => [.. _calls];

    public IReadOnlyList<FakeSlackCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    /// <summary>A response_url that this server accepts.</summary>
    public Uri ResponseUrl(string id) => new(BaseUrl, $"/response/{id}");

    /// <summary>Every file shared through files.completeUploadExternal, in order, with the bytes its upload_url received.</summary>
    public IReadOnlyList<FakeSlackUpload> Uploads => _files.Uploads;

    /// <summary>Every chat.postMessage that carried an idempotency key and was accepted, in order.</summary>
    public IReadOnlyList<FakeSlackDelivery> Deliveries => [.. _deliveries];

    public FakeSlackStats Stats()
    {
        var calls = Calls;
        var deliveries = Deliveries;
        return new FakeSlackStats(
            calls.Count,
            calls.Count(c => c.Method == "chat.postMessage"),
            _deliveredKeys.Count,
            _deliveredKeys.Values.Sum(n => n - 1),
            Volatile.Read(ref _rateLimited),
            Volatile.Read(ref _injected))
        {
            FirstDeliveryAt = deliveries.Count > 0 ? deliveries.Min(d => d.At) : null,
            LastDeliveryAt = deliveries.Count > 0 ? deliveries.Max(d => d.At) : null,
        };
    }

    public async Task StartAsync(int port = 0, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.UseWebSockets();
        _app.MapPost("/api/apps.connections.open", SocketMode.Open);
        _app.Map("/socket/{ticket}", (HttpContext http, string ticket) => SocketMode.AcceptAsync(http, ticket));
        _app.MapPost("/api/{method}", (HttpContext http, string method) => HandleAsync(http, method));
        _app.MapPost("/response/{id}", (HttpContext http) => HandleAsync(http, "response_url"));
        _app.MapPost("/upload/{id}", (HttpContext http, string id) => HandleUploadAsync(http, id));
        _app.MapGet("/_fake/stats", () => Results.Json(Stats(), JsonOptions));
        _app.MapGet("/_fake/socket", () => Results.Json(SocketMode.Stats(), JsonOptions));
        _app.MapGet("/_fake/deliveries", () => Results.Json(Deliveries, JsonOptions));
        _app.MapGet("/_fake/calls", (string? method) => Results.Json(
            _calls.Where(c => method is null || c.Method == method)
                .Select(c => new { c.Method, c.At, c.Status, c.Error, TriggerId = c.Field("trigger_id") }),
            JsonOptions));
        await _app.StartAsync(cancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), "/api/");
        _files.Root = new Uri(BaseUrl, "/");
        SocketMode.Root = _files.Root;
    }

    public Task WaitForShutdownAsync() => _app?.WaitForShutdownAsync() ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private async Task HandleAsync(HttpContext http, string method)
    {
        var at = _time.GetUtcNow();
        var body = await ReadBodyAsync(http.Request);
        var auth = http.Request.Headers.Authorization.ToString();
        var token = auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : null;
        var channel = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("channel", out var c) && c.ValueKind == JsonValueKind.String
            ? c.GetString() : null;

        if (Settings.ResponseDelay > TimeSpan.Zero)
        {
            await Task.Delay(Settings.ResponseDelay, _time, http.RequestAborted);
        }

        var (status, error, answer) = Decide(method, token, channel, body, out var retryAfter);
        _calls.Enqueue(new FakeSlackCall(method, token, body, at, status, error));
        if (status == 0)
        {
            http.Abort();
            return;
        }

        http.Response.StatusCode = status;
        if (status == 429)
        {
            if (!Settings.OmitRetryAfter)
            {
                http.Response.Headers.RetryAfter = $"{retryAfter}";
            }

            return;
        }

        if (status == 200)
        {
            var json = answer ?? new JsonObject();
            json.Insert(0, "ok", error is null);
            if (error is not null)
            {
                json["error"] = error;
            }

            await http.Response.WriteAsJsonAsync(json, JsonOptions, "application/json; charset=utf-8", http.RequestAborted);
        }
    }

    /// <summary>
    /// An upload_url: the bytes as the body (raw, or the first file of a multipart form). Recorded as method
    /// <c>upload_url</c>; faults for that method apply (its Error is ignored: the URL answers only with a status).
    /// </summary>
    private async Task HandleUploadAsync(HttpContext http, string fileId)
    {
        var at = _time.GetUtcNow();
        byte[] bytes;
        if (http.Request.HasFormContentType && (await http.Request.ReadFormAsync()).Files is { Count: > 0 } parts)
        {
            using var part = new MemoryStream();
            await parts[0].CopyToAsync(part, http.RequestAborted);
            bytes = part.ToArray();
        }
        else
        {
            using var raw = new MemoryStream();
            await http.Request.Body.CopyToAsync(raw, http.RequestAborted);
            bytes = raw.ToArray();
        }

        var fault = Settings.TakeFault("upload_url", null);
        var status = fault is not null ? (fault.Status == 200 ? 500 : fault.Status) : _files.Receive(fileId, bytes) ? 200 : 404;
        var body = JsonSerializer.SerializeToElement(new { file_id = fileId, length = bytes.Length });
        var auth = http.Request.Headers.Authorization.ToString();
        var token = auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : null;
        _calls.Enqueue(new FakeSlackCall("upload_url", token, body, at, status, null));
        http.Response.StatusCode = status;
        if (status == 200)
        {
            // Slack's upload URL answers a short text such as "OK - 21352".
            await http.Response.WriteAsync($"OK - {bytes.Length}", http.RequestAborted);
        }
    }

    /// <summary>Status 0 means: drop the connection.</summary>
    private (int Status, string? Error, JsonObject? Answer) Decide(string method, string? token, string? channel, JsonElement body, out int retryAfter)
    {
        retryAfter = Settings.ForcedRetryAfterSeconds;
        if (method != "response_url" && token != Settings.BotToken)
        {
            return (200, token is null ? "not_authed" : "invalid_auth", null);
        }

        if (Settings.TakeFault(method, channel) is { } fault)
        {
            Interlocked.Increment(ref fault.Status == 429 ? ref _rateLimited : ref _injected);
            return (fault.Status, fault.Status == 200 ? fault.Error : null, null);
        }

        if (method != "response_url" && _limits.Check(method, channel) is { } wait)
        {
            retryAfter = wait;
            Interlocked.Increment(ref _rateLimited);
            return (429, null, null);
        }

        if (Injected() is { } injected)
        {
            Interlocked.Increment(ref _injected);
            return injected;
        }

        if (method == "response_url")
        {
            return (200, null, null);
        }

        var (ok, error) = _methods.Answer(method, body);
        if (error is null && method == "chat.postMessage" && new FakeSlackCall(method, token, body, default, 200, null).IdempotencyKey is { } key)
        {
            _deliveredKeys.AddOrUpdate(key, 1, (_, n) => n + 1);
            _deliveries.Enqueue(new FakeSlackDelivery(key, _time.GetUtcNow()));
        }

        return (200, error, ok);
    }

    private (int, string?, JsonObject?)? Injected()
    {
        lock (_random)
        {
            if (Settings.DropConnectionRate > 0 && _random.NextDouble() < Settings.DropConnectionRate)
            {
                return (0, null, null);
            }

            if (Settings.ServerErrorRate > 0 && _random.NextDouble() < Settings.ServerErrorRate)
            {
                return (503, null, null);
            }

            if (Settings.TransientFailureRate > 0 && _random.NextDouble() < Settings.TransientFailureRate)
            {
                return _random.Next(3) switch
                {
                    0 => (503, null, null),
                    1 => (200, "service_unavailable", null),
                    _ => (200, "fatal_error", null),
                };
            }

            return null;
        }
    }

    private static async Task<JsonElement> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return JsonSerializer.SerializeToElement(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(new { invalid_json = true });
        }
    }
}
