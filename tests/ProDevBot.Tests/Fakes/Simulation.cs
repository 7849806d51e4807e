using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Data;
using ProDevBot.Outbox;
using Quartz;

namespace ProDevBot.Tests.Fakes;

/// <summary>
/// Moves a bot's fake clock through real time-like steps: jump to an instant, let Quartz fire, then tick the clock
/// a second at a time (so rate limiters refill and retries come due) until the outbox has nothing left to send.
/// </summary>
public sealed class Simulation(BotFactory bot)
{
    public async Task RunUntilAsync(DateTimeOffset until, IEnumerable<DateTimeOffset> stops)
    {
        foreach (var stop in stops.Where(s => s > bot.Clock.GetUtcNow() && s <= until).Order())
        {
            bot.Clock.SetUtcNow(stop.AddSeconds(1).ToUniversalTime()); // as TimeProvider.System gives it: offset 0
            await SettleAsync();
        }

        if (until > bot.Clock.GetUtcNow())
        {
            bot.Clock.SetUtcNow(until.ToUniversalTime());
            await SettleAsync();
        }
    }

    /// <summary>Waits until no trigger is due and no outbox row is due, ticking the clock meanwhile.</summary>
    public async Task SettleAsync()
    {
        var scheduler = await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var quiet = 0;
        for (var i = 0; i < 2000 && quiet < 5; i++)
        {
            await Task.Delay(15);
            var now = bot.Clock.GetUtcNow();
            var busy = await DueTriggersAsync(scheduler, now) > 0 || (await scheduler.QueryFireInstances(new FireInstanceQuery())).Items.Count > 0 || await DueRowsAsync(now) > 0;
            quiet = busy ? 0 : quiet + 1;
            if (busy && i % 2 == 1)
            {
                bot.Clock.Advance(TimeSpan.FromSeconds(1));
            }
        }
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProDevDbContext>().OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    private static async Task<int> DueTriggersAsync(IScheduler scheduler, DateTimeOffset now)
    {
        var due = 0;
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup()))
        {
            if (await scheduler.GetTrigger(key) is { NextFireTimeUtc: { } next } && next <= now)
            {
                due++;
            }
        }

        return due;
    }

    private async Task<int> DueRowsAsync(DateTimeOffset now)
    {
        if (bot.Services.GetRequiredService<SlackDeliveryState>().Problem is not null)
        {
            return 0; // sending stopped: pending rows wait for a restart, not for the clock
        }

        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
        // Rows retrying within the next minutes count too: the clock keeps ticking until they are sent.
        var soon = now.AddMinutes(15);
        return await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= soon);
    }
}
