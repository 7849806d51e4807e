using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProDevBot.FakeSlack;
using ProDevBot.Slack.Tests.Fakes;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Slack.Tests.WebApi;

/// <summary>
/// A FakeSlack on loopback and an <see cref="ISlackApi"/> from <c>AddSlackWebApi(…)</c> pointed at it, with short
/// delays and, unless a test says otherwise, limits high enough that nothing is paced.
/// </summary>
public sealed class SlackApiHarness : IAsyncDisposable
{
    public const string Token = "xoxb-harness-secret-4242";

    /// <summary>The metadata event type the harness names; the library has none of its own.</summary>
    public const string IdempotencyEventType = "harness_outbox";

    private readonly ServiceProvider _services;

    private SlackApiHarness(FakeSlackServer slack, ServiceProvider services, ListLoggerProvider logs)
    {
        Slack = slack;
        _services = services;
        Logs = logs;
        Api = services.GetRequiredService<ISlackApi>();
        Time = services.GetRequiredService<TimeProvider>();
    }

    public TimeProvider Time { get; }

    /// <summary>The budget of a call answering a Slack request that arrived just now.</summary>
    public SlackCallBudget ForRequestNow() => SlackCallBudget.ForRequest(Time.GetUtcNow());

    public FakeSlackServer Slack { get; }

    public ISlackApi Api { get; }

    public ListLoggerProvider Logs { get; }

    public static async Task<SlackApiHarness> StartAsync(
        Action<FakeSlackSettings>? fake = null,
        Action<SlackRateLimitOptions>? limits = null,
        Action<SlackResilienceOptions>? resilience = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? registrations = null)
    {
        var settings = new FakeSlackSettings { BotToken = Token, EnforceRateLimits = false };
        fake?.Invoke(settings);
        var slack = new FakeSlackServer(settings);
        await slack.StartAsync();

        var logs = new ListLoggerProvider();
        var services = new ServiceCollection();
        registrations?.Invoke(services); // before AddSlackWebApi, whose own are TryAdd: e.g. an ISlackSharedSlots of a test's
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.Configure<SlackOptions>(o =>
        {
            o.BotToken = Token;
            o.ApiBaseUrl = slack.BaseUrl;
        });
        services.Configure<SlackRateLimitOptions>(o =>
        {
            o.PostMessagePerMinute = o.Tier2PerMinute = o.Tier3PerMinute = o.Tier4PerMinute = 60_000;
            o.PostMessagePerChannelPerSecond = 1_000;
            o.PostMessageChannelBurst = 100;
            o.DefaultRetryAfter = TimeSpan.FromMilliseconds(200);
            limits?.Invoke(o);
        });
        services.Configure<SlackResilienceOptions>(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            o.RequestTimeout = TimeSpan.FromSeconds(5);
            o.BreakerMinimumThroughput = 1_000;
            o.BreakerBreakDuration = TimeSpan.FromMilliseconds(500);
            resilience?.Invoke(o);
        });
        services.AddSlackWebApi(IdempotencyEventType);
        return new SlackApiHarness(slack, services.BuildServiceProvider(), logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
