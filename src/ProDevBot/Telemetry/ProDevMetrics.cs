using System.Data.Common;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Outbox;

namespace ProDevBot.Telemetry;

/// <summary>
/// The bot's own metrics, on the meter <see cref="Name"/>: outbox sends by result, the outbox's backlog (read from the
/// table when a reader collects, so every instance reports the shared table) and nudges by kind and outcome. Labels
/// are fixed words and nudge kinds, never a person, cohort or message.
/// </summary>
public sealed class ProDevMetrics
{
    public const string Name = "ProDevBot";

    private readonly IDbContextFactory<ProDevDbContext> _contexts;
    private readonly TimeProvider _clock;
    private readonly Counter<long> _sends;
    private readonly Counter<long> _nudges;

    public ProDevMetrics(IMeterFactory meters, IDbContextFactory<ProDevDbContext> contexts, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _contexts = contexts;
        _clock = clock;
        var meter = meters.Create(Name);
        _sends = meter.CreateCounter<long>("prodevbot.outbox.sends", "{message}", "Outbox send outcomes: sent, retry, failed, skipped, released, stopped");
        _nudges = meter.CreateCounter<long>("prodevbot.nudges", "{run}", "Nudge triggers run, by kind: fired (messages queued) or skipped (nothing to queue)");
        meter.CreateObservableGauge("prodevbot.outbox.pending", Pending, "{message}", "Pending outbox rows that are due now");
        meter.CreateObservableGauge("prodevbot.outbox.oldest_age", OldestAge, "s", "Age of the oldest due pending outbox row (0 when none)");
    }

    /// <param name="result">sent, retry, failed, skipped, released or stopped.</param>
    public void Send(string result) => _sends.Add(1, new KeyValuePair<string, object?>("result", result));

    public void NudgeRan(string kind, bool queued) =>
        _nudges.Add(1, new("kind", kind), new("outcome", queued ? "fired" : "skipped"));

    private IEnumerable<Measurement<long>> Pending() =>
        Read(due => new Measurement<long>(due.Count()));

    private IEnumerable<Measurement<double>> OldestAge() =>
        Read(due => due.OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefault() is { } created
            ? new Measurement<double>(Math.Max(0, (_clock.GetUtcNow() - created).TotalSeconds))
            : new Measurement<double>(0));

    /// <summary>
    /// Runs synchronously inside a collection: a database that does not answer reports nothing rather than failing it.
    /// </summary>
    private IEnumerable<Measurement<T>> Read<T>(Func<IQueryable<OutboxMessage>, Measurement<T>> measure)
        where T : struct
    {
        try
        {
            var now = _clock.GetUtcNow();
            using var db = _contexts.CreateDbContext();
            return [measure(db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now))];
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            return [];
        }
    }
}
