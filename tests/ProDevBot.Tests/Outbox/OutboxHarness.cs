using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ProDevBot.Data;
using ProDevBot.Outbox;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.WebApi;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Outbox;

/// <summary>The outbox on a real SQLite file (or PostgreSQL schema) with a fake clock and a mocked <see cref="ISlackApi"/> (an interface we own).</summary>
public sealed class OutboxHarness : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("prodevbot-outbox-").FullName;
    private readonly ServiceProvider _services;
    private readonly string? _schema;
    private int _ts;

    public OutboxHarness(Action<OutboxOptions>? configure = null, TestDatabase database = TestDatabase.Sqlite)
    {
        // As Slack does: a message posted to a user id lands in the app's DM with them, whose id comes back.
        Slack.Setup(s => s.OpenDirectMessageAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string user, CancellationToken _) => "D" + user[1..]);
        Slack.Setup(s => s.PostMessageAsync(It.IsAny<PostMessageRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((PostMessageRequest r, CancellationToken _) => new PostedMessage(r.Channel[0] == 'U' ? "D" + r.Channel[1..] : r.Channel, NextTs()));

        _schema = database == TestDatabase.PostgreSQL ? TestPostgres.CreateSchema() : null;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ProDevBot"] = _schema is null ? $"Data Source={Path.Combine(_folder, "outbox.db")}" : TestPostgres.ConnectionString(_schema),
            ["Database:Provider"] = database.ToString(),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(Slack.Object)
            .AddSingleton(State)
            .AddSingleton<OutboxSignal>()
            .AddScoped<ProDevBot.Outbox.OutboxWriter>()
            .AddMetrics()
            .AddSingleton<ProDevBot.Telemetry.ProDevMetrics>()
            .AddProDevData(configuration);
        var options = new OutboxOptions { RetryDelay = TimeSpan.FromSeconds(5), Lease = TimeSpan.FromMinutes(2) };
        configure?.Invoke(options);
        services.AddSingleton(Options.Create(options));
        _services = services.BuildServiceProvider();
        DatabaseStartup.MigrateAsync(_services, NullLogger.Instance, CancellationToken.None).GetAwaiter().GetResult();
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.Parse("2026-03-09T16:00:00Z", CultureInfo.InvariantCulture));

    public Mock<ISlackApi> Slack { get; } = new();

    public SlackDeliveryState State { get; } = new();

    /// <summary>A fresh sender over the same database, as after a restart.</summary>
    public OutboxSender NewSender() => new(
        _services.GetRequiredService<IDbContextFactory<ProDevDbContext>>(),
        Slack.Object,
        new DirectMessageChannels(Slack.Object),
        State,
        _services.GetRequiredService<IOptions<OutboxOptions>>(),
        Clock,
        _services.GetRequiredService<ILogger<OutboxSender>>(),
        _services.GetRequiredService<ProDevBot.Telemetry.ProDevMetrics>());

    /// <summary>The retention pruner over the same database.</summary>
    internal OutboxRetention NewRetention() => new(
        _services.GetRequiredService<IDbContextFactory<ProDevDbContext>>(),
        _services.GetRequiredService<IOptions<OutboxOptions>>(),
        Clock,
        _services.GetRequiredService<ILogger<OutboxRetention>>());

    public static OutboxEnvelope Envelope(string key, string recipient = "U0STUDENT1", string kind = "test") =>
        new(key, kind, recipient, new MessageBuilder().Section($"message {key}").Build($"message {key}"));

    public async Task<int> EnqueueAsync(params OutboxEnvelope[] envelopes)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProDevBot.Outbox.OutboxWriter>().EnqueueAsync(envelopes, CancellationToken.None);
    }

    public async Task<List<OutboxMessage>> RowsAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProDevDbContext>().OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<OutboxMessage> RowAsync(string key) => (await RowsAsync()).Single(m => m.Key == key);

    /// <summary>What an instance that died mid-batch leaves: its rows claimed under its token until its last lease ends.</summary>
    public async Task LeaveClaimedByADeadInstanceAsync(string key, DateTimeOffset leaseUntil)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProDevDbContext>().OutboxMessages.Where(m => m.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseToken, "deadinstance").SetProperty(m => m.LeaseUntil, leaseUntil));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        if (_schema is not null)
        {
            TestPostgres.DropSchema(_schema);
        }
    }

    private string NextTs() => $"1773072000.{Interlocked.Increment(ref _ts):D6}";
}
