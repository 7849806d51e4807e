using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Data;
using ProDevBot.Outbox;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Bench.FanOut;

/// <summary>
/// The benchmark's database (a SQLite file, or with provider PostgreSQL a server's database): migrated
/// and seeded before the bot starts, read back while and after it runs.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _sqlite;

    public BenchDatabase(string connectionString, string provider = "Sqlite")
    {
        ConnectionString = connectionString;
        _sqlite = provider == "Sqlite";
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:ProDevBot"] = ConnectionString,
                ["Database:Provider"] = provider,
            })
            .Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<OutboxSignal>()
            .AddScoped<ProDevBot.Outbox.OutboxWriter>()
            .AddProDevData(configuration)
            .BuildServiceProvider();
    }

    public string ConnectionString { get; }

    /// <summary>Migrates, switches SQLite to WAL as the bot does, and enqueues one DM per user U0000001…, key <c>bench:{run}:{user}</c>.</summary>
    public async Task SeedAsync(string run, int messages)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
        await db.Database.MigrateAsync();
        if (_sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        var envelopes = Enumerable.Range(1, messages).Select(n =>
        {
            var user = $"U{n:D7}";
            var text = $"Fan-out benchmark message for {user}";
            return new OutboxEnvelope($"bench:{run}:{user}", "bench", user, new MessageBuilder().Section(text).Build(text));
        });
        var added = await scope.ServiceProvider.GetRequiredService<ProDevBot.Outbox.OutboxWriter>().EnqueueAsync(envelopes, CancellationToken.None);
        if (added != messages)
        {
            throw new InvalidOperationException($"enqueued {added} of {messages} rows");
        }
    }

    /// <summary>Rows per status (Pending, Sent, Failed, Skipped).</summary>
    public async Task<Dictionary<OutboxStatus, int>> CountByStatusAsync()
    {
        await using var db = await NewContextAsync();
        var counts = await db.OutboxMessages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return Enum.GetValues<OutboxStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    /// <summary>Key → when the outbox marked it sent (the instant taken just before its UPDATE).</summary>
    public async Task<Dictionary<string, DateTimeOffset>> SentAtAsync()
    {
        await using var db = await NewContextAsync();
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Sent)
            .Select(m => new { m.Key, m.SentAt }).ToListAsync();
        return rows.ToDictionary(r => r.Key, r => r.SentAt!.Value, StringComparer.Ordinal);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private Task<ProDevDbContext> NewContextAsync() =>
        _services.GetRequiredService<IDbContextFactory<ProDevDbContext>>().CreateDbContextAsync();
}
