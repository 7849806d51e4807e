using System.Net.Http.Json;
using System.Text.Json;

namespace ProDevBot.Bench.FanOut;

/// <summary>Reads FakeSlack's <c>/_fake/stats</c> and <c>/_fake/deliveries</c>.</summary>
internal sealed class FakeSlackProbe(Uri root) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly HttpClient _http = new() { BaseAddress = root, Timeout = TimeSpan.FromSeconds(5) };

    public async Task<FakeStats> StatsAsync() =>
        (await _http.GetFromJsonAsync<FakeStats>("/_fake/stats", Json))!;

    public async Task<IReadOnlyList<FakeDelivery>> DeliveriesAsync() =>
        (await _http.GetFromJsonAsync<List<FakeDelivery>>("/_fake/deliveries", Json))!;

    /// <summary>Waits until FakeSlack answers, up to <paramref name="timeout"/>.</summary>
    public async Task WaitUpAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            try
            {
                await StatsAsync();
                return;
            }
            catch (HttpRequestException) when (!deadline.IsCancellationRequested)
            {
                await Task.Delay(100);
            }
        }
    }

    public void Dispose() => _http.Dispose();
}

internal sealed record FakeStats(
    int TotalCalls, int PostMessageCalls, int DistinctKeysDelivered, int DuplicateKeys, int RateLimited, int InjectedFailures,
    DateTimeOffset? FirstDeliveryAt, DateTimeOffset? LastDeliveryAt);

internal sealed record FakeDelivery(string Key, DateTimeOffset At);
