using Moq;
using ProDevBot.Outbox;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Tests.Outbox;

/// <summary>
/// With the default settings a dead instance's claimed rows are sent by another within a minute, and a live
/// instance's slow batch is not taken from it (which would send a message twice).
/// </summary>
public sealed class OutboxLeaseTests : IAsyncDisposable
{
    private static readonly TimeSpan DefaultLease = new OutboxOptions().Lease;
    private readonly OutboxHarness _outbox = new(o => o.Lease = DefaultLease);

    public ValueTask DisposeAsync() => _outbox.DisposeAsync();

    [Fact]
    public async Task ADeadInstancesClaimIsTakenOverOnceItsLeaseEndsWellWithinAMinute()
    {
        await _outbox.EnqueueAsync(OutboxHarness.Envelope("a"));
        var died = _outbox.Clock.GetUtcNow();
        await _outbox.LeaveClaimedByADeadInstanceAsync("a", died + DefaultLease);
        var survivor = _outbox.NewSender();

        _outbox.Clock.Advance(DefaultLease - TimeSpan.FromSeconds(1));
        var whileLeased = await survivor.DispatchOnceAsync(CancellationToken.None);
        _outbox.Clock.Advance(TimeSpan.FromSeconds(2));
        var afterLease = await survivor.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(0, whileLeased);
        Assert.Equal(1, afterLease);
        Assert.True(_outbox.Clock.GetUtcNow() - died < TimeSpan.FromSeconds(60));
        Assert.Equal(OutboxStatus.Sent, (await _outbox.RowAsync("a")).Status);
    }

    [Fact]
    public async Task ALiveInstancesSlowBatchIsNotTakenOverPastTheLease()
    {
        // One message at a time; each send is held open by the test, as a slow Slack would.
        await using var outbox = new OutboxHarness(o => (o.Lease, o.Parallelism) = (DefaultLease, 1));
        var sends = new Dictionary<string, TaskCompletionSource<PostedMessage>>
        {
            ["a"] = new(TaskCreationOptions.RunContinuationsAsynchronously),
            ["b"] = new(TaskCreationOptions.RunContinuationsAsynchronously),
        };
        var started = new List<string>();
        outbox.Slack.Setup(s => s.PostMessageAsync(It.IsAny<PostMessageRequest>(), It.IsAny<CancellationToken>()))
            .Returns((PostMessageRequest r, CancellationToken _) =>
            {
                lock (started)
                {
                    started.Add(r.IdempotencyKey!);
                }

                return sends[r.IdempotencyKey!].Task;
            });
        await outbox.EnqueueAsync(OutboxHarness.Envelope("a"), OutboxHarness.Envelope("b"));
        var t0 = outbox.Clock.GetUtcNow();
        var batch = outbox.NewSender().DispatchOnceAsync(CancellationToken.None);
        var other = outbox.NewSender();
        var takenByOther = 0;

        // a takes 18 s, then b from 18 s to 31 s: each inside its 20 s send timeout, the batch past the 30 s lease.
        for (var second = 1; second <= 31; second++)
        {
            outbox.Clock.Advance(TimeSpan.FromSeconds(1));
            if (second % 10 == 0)
            {
                // Give the renewal its moment; whether it happened is what the takeover count shows.
                await UntilAsync(async () => (await outbox.RowAsync("b")).LeaseUntil == outbox.Clock.GetUtcNow() + DefaultLease, required: false);
            }

            if (second == 18)
            {
                sends["a"].SetResult(new PostedMessage("D0STUDENT1", "1773072000.000001"));
                await UntilAsync(() => Task.FromResult(started.Count == 2));
            }

            takenByOther += await other.DispatchOnceAsync(CancellationToken.None);
        }

        sends["b"].SetResult(new PostedMessage("D0STUDENT1", "1773072000.000002"));
        await batch;

        Assert.Equal(0, takenByOther);
        Assert.Equal(["a", "b"], started);
        Assert.All(await outbox.RowsAsync(), r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.True(outbox.Clock.GetUtcNow() - t0 > DefaultLease);
    }

    /// <summary>Waits (in real time, at most 10 s) for the sender's background work to show, without moving the fake clock.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition, bool required = true)
    {
        for (var i = 0; i < (required ? 500 : 100) && !await condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(!required || await condition());
    }
}
