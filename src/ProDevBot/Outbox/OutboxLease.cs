using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;

namespace ProDevBot.Outbox;

/// <summary>
/// A claim's hold on its rows while its batch is being sent: every third of <see cref="OutboxOptions.Lease"/> the rows
/// it still holds get a full lease again, so a live claimer keeps a slow batch (a paced fan-out, a 429 pause) and a
/// dead one's rows are free a lease after its last renewal. <see cref="Until"/> moves only after the database did, so
/// a send's deadline, taken from it, is never later than what other instances see.
/// </summary>
internal sealed class OutboxLease : IAsyncDisposable
{
    private readonly IDbContextFactory<ProDevDbContext> _contexts;
    private readonly TimeSpan _lease;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;
    private long _untilTicks;

    public OutboxLease(string token, DateTimeOffset until, TimeSpan lease, IDbContextFactory<ProDevDbContext> contexts, TimeProvider clock, ILogger logger)
    {
        Token = token;
        _untilTicks = until.UtcTicks;
        _lease = lease;
        _contexts = contexts;
        _clock = clock;
        _logger = logger;
        _renewing = RenewAsync(_stop.Token);
    }

    public string Token { get; }

    /// <summary>Until when the rows are surely held (the database may already hold them a little longer).</summary>
    public DateTimeOffset Until => new(Interlocked.Read(ref _untilTicks), TimeSpan.Zero);

    private async Task RenewAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_lease / 3, _clock, stop);
                var until = _clock.GetUtcNow() + _lease;
                await using var db = await _contexts.CreateDbContextAsync(stop);
                var held = await db.OutboxMessages.Where(m => m.LeaseToken == Token)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, until), stop);
                Interlocked.Exchange(ref _untilTicks, until.UtcTicks);
                if (held == 0)
                {
                    return; // every row is sent, given back or taken over: nothing left to hold
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbException or DbUpdateException or InvalidOperationException)
            {
                // Not renewed: sends keep to the lease they know, and release what they cannot finish inside it.
                _logger.LogWarning(e, "Could not renew an outbox claim's lease; its sends keep to the current one");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
    }
}
