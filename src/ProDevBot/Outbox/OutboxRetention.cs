using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProDevBot.Data;

namespace ProDevBot.Outbox;

/// <summary>
/// Deletes finished outbox rows older than <see cref="OutboxOptions.KeepFinishedFor"/>, on start and then hourly. Their
/// keys go with them, which is safe: every key names its occurrence (a date, a minute, an export's second), and an
/// occurrence that old is past its <see cref="OutboxMessage.NotAfter"/> and would be skipped, not sent.
/// </summary>
internal sealed class OutboxRetention(IDbContextFactory<ProDevDbContext> contexts, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxRetention> logger)
    : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    /// <returns>How many rows went.</returns>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.KeepFinishedFor;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pruned = await db.OutboxMessages.Where(m => m.Status != OutboxStatus.Pending && m.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (pruned > 0)
        {
            logger.LogInformation("Deleted {Rows} finished outbox rows written before {Cutoff:u}", pruned, cutoff);
        }

        return pruned;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await PruneAsync(stoppingToken);
                await Task.Delay(Every, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // A database hiccup: the next round tries again.
                logger.LogError(error, "Pruning the outbox failed");
                await Task.Delay(Every, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
