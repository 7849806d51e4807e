using Moq;
using ProDevBot.Outbox;
using ProDevBot.Slack.WebApi;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Outbox;

public class OutboxSenderTests : IAsyncDisposable
{
    private readonly OutboxHarness _outbox;

    public OutboxSenderTests()
        : this(TestDatabase.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see the OnPostgreSql subclass).</summary>
    protected OutboxSenderTests(TestDatabase database)
    {
        Database = database;
        _outbox = new OutboxHarness(database: database);
    }

    private TestDatabase Database { get; }

    public ValueTask DisposeAsync() => _outbox.DisposeAsync();

    private void PostFails(SlackApiException error, int times = int.MaxValue)
    {
        var left = times;
        _outbox.Slack.Setup(s => s.PostMessageAsync(It.IsAny<PostMessageRequest>(), It.IsAny<CancellationToken>()))
            .Returns((PostMessageRequest r, CancellationToken _) => Interlocked.Decrement(ref left) >= 0
                ? Task.FromException<PostedMessage>(error)
                : Task.FromResult(new PostedMessage(r.Channel, "1773072000.999999")));
    }

    private int Posts() => _outbox.Slack.Invocations.Count(i => i.Method.Name == nameof(ISlackApi.PostMessageAsync));

    [Fact]
    public async Task TheSameKeyIsStoredOnce()
    {
        var first = await _outbox.EnqueueAsync(OutboxHarness.Envelope("kickoff:2603:U1:2026-03-09"));
        var again = await _outbox.EnqueueAsync(OutboxHarness.Envelope("kickoff:2603:U1:2026-03-09"), OutboxHarness.Envelope("kickoff:2603:U2:2026-03-09"));

        Assert.Equal(1, first);
        Assert.Equal(1, again);
        Assert.Equal(2, (await _outbox.RowsAsync()).Count);
    }

    [Fact]
    public async Task SendsDueMessagesAsDirectMessagesAndRecordsSlackTs()
    {
        await _outbox.EnqueueAsync(OutboxHarness.Envelope("a", "U0AAA"), OutboxHarness.Envelope("b", "U0AAA"), OutboxHarness.Envelope("c", "C0CHANNEL"));

        var claimed = await _outbox.NewSender().DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(3, claimed);
        var rows = await _outbox.RowsAsync();
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.All(rows, r => Assert.StartsWith("1773072000.", r.SlackTs, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Null(r.LeaseToken));
        Assert.Equal(["D0AAA", "D0AAA", "C0CHANNEL"], rows.Select(r => r.SlackChannel));
        _outbox.Slack.Verify(s => s.PostMessageAsync(It.Is<PostMessageRequest>(r => r.Channel == "U0AAA"), It.IsAny<CancellationToken>()), Times.Exactly(2));
        _outbox.Slack.Verify(s => s.OpenDirectMessageAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        _outbox.Slack.Verify(s => s.PostMessageAsync(It.Is<PostMessageRequest>(r => r.IdempotencyKey == "a"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task WhenSlackRefusesAUserIdAsChannelTheDirectMessageIsOpenedOnceAndUsed()
    {
        _outbox.Slack.Setup(s => s.PostMessageAsync(It.Is<PostMessageRequest>(r => r.Channel.StartsWith('U')), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SlackApiException("chat.postMessage", "channel_not_found", SlackErrorKind.Permanent));
        _outbox.Slack.Setup(s => s.PostMessageAsync(It.Is<PostMessageRequest>(r => r.Channel.StartsWith('D')), It.IsAny<CancellationToken>()))
            .ReturnsAsync((PostMessageRequest r, CancellationToken _) => new PostedMessage(r.Channel, "1773072000.000777"));
        await _outbox.EnqueueAsync(OutboxHarness.Envelope("a", "U0AAA"), OutboxHarness.Envelope("b", "U0AAA"));

        var sender = _outbox.NewSender();
        await sender.DispatchOnceAsync(CancellationToken.None);

        Assert.All(await _outbox.RowsAsync(), r =>
        {
            Assert.True(r.Status == OutboxStatus.Sent, r.LastError);
            Assert.Equal("D0AAA", r.SlackChannel);
        });
        _outbox.Slack.Verify(s => s.OpenDirectMessageAsync("U0AAA", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task SentMessagesAreNeverSentAgain()
    {
        await _outbox.EnqueueAsync(OutboxHarness.Envelope("a"));
        await _outbox.NewSender().DispatchOnceAsync(CancellationToken.None);

        await _outbox.EnqueueAsync(OutboxHarness.Envelope("a"));
        _outbox.Clock.Advance(TimeSpan.FromHours(1));
        var claimed = await _outbox.NewSender().DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(0, claimed);
        Assert.Equal(1, Posts());
    }

    [Fact]
    public async Task AMessageWaitsForItsTime()
    {
        await _outbox.EnqueueAsync(OutboxHarness.Envelope("later") with { NotBefore = _outbox.Clock.GetUtcNow().AddMinutes(30) });
        var sender = _outbox.NewSender();

        var early = await sender.DispatchOnceAsync(CancellationToken.None);
        _outbox.Clock.Advance(TimeSpan.FromMinutes(30));
        var onTime = await sender.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(0, early);
        Assert.Equal(1, onTime);
    }

    [Fact]
    public async Task AMessagePastItsUsefulnessIsSkippedNotSent()
    {
        await _outbox.EnqueueAsync(OutboxHarness.Envelope("group-reminder") with { NotAfter = _outbox.Clock.GetUtcNow().AddMinutes(-1) });

        await _outbox.NewSender().DispatchOnceAsync(CancellationToken.None);

        var row = await _outbox.RowAsync("group-reminder");
        Assert.Equal(OutboxStatus.Skipped, row.Status);
        Assert.Equal(0, Posts());
    }

    [Fact]
    public async Task ATransientFailureIsRetriedAfterABackoff()
    {
        PostFails(new SlackApiException("chat.postMessage", "service_unavailable", SlackErrorKind.Transient), times: 1);
        await _outbox.EnqueueAsync(OutboxHarness.Envelope("a"));
        var sender = _outbox.NewSender();

        await sender.DispatchOnceAsync(CancellationToken.None);
        var afterFailure = await _outbox.RowAsync("a");
        var tooSoon = await sender.DispatchOnceAsync(CancellationToken.None);
        _outbox.Clock.Advance(TimeSpan.FromSeconds(7)); // 5 s ± 20 %
        await sender.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(OutboxStatus.Pending, afterFailure.Status);
        Assert.Equal(1, afterFailure.Attempts);
        Assert.Equal("chat.postMessage: service_unavailable", afterFailure.LastError);
        Assert.InRange(afterFailure.NextAttemptAt - _outbox.Clock.GetUtcNow(), TimeSpan.FromSeconds(-3), TimeSpan.FromSeconds(-1));
        Assert.Equal(0, tooSoon);
        Assert.Equal(OutboxStatus.Sent, (await _outbox.RowAsync("a")).Status);
        Assert.Equal(2, (await _outbox.RowAsync("a")).Attempts);
    }

    [Fact]
    public async Task SlacksRetryAfterSetsTheNextAttempt()
    {
        PostFails(new SlackApiException("chat.postMessage", "ratelimited", SlackErrorKind.Transient, TimeSpan.FromSeconds(42)), times: 1);
        await _outbox.EnqueueAsync(OutboxHarness.Envelope("a"));

        await _outbox.NewSender().DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(_outbox.Clock.GetUtcNow().AddSeconds(42), (await _outbox.RowAsync("a")).NextAttemptAt);
    }

    [Fact]
    public async Task APermanentErrorFailsTheMessageWithoutRetrying()
    {
        PostFails(new SlackApiException("chat.postMessage", "invalid_blocks", SlackErrorKind.Permanent));
        await _outbox.EnqueueAsync(OutboxHarness.Envelope("a"));
        var sender = _outbox.NewSender();

        await sender.DispatchOnceAsync(CancellationToken.None);
        _outbox.Clock.Advance(TimeSpan.FromHours(1));
        await sender.DispatchOnceAsync(CancellationToken.None);

        var row = await _outbox.RowAsync("a");
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal("chat.postMessage: invalid_blocks", row.LastError);
        Assert.Equal(1, Posts());
    }

    [Fact]
    public async Task TransientFailuresPastTheLimitFailTheMessage()
    {
        await using var outbox = new OutboxHarness(o => o.MaxAttempts = 3, Database);
        outbox.Slack.Setup(s => s.PostMessageAsync(It.IsAny<PostMessageRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SlackApiException("chat.postMessage", "http_503", SlackErrorKind.Transient));
        await outbox.EnqueueAsync(OutboxHarness.Envelope("a"));
        var sender = outbox.NewSender();

        for (var i = 0; i < 5; i++)
        {
            await sender.DispatchOnceAsync(CancellationToken.None);
            outbox.Clock.Advance(TimeSpan.FromMinutes(11));
        }

        var row = await outbox.RowAsync("a");
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal(3, row.Attempts);
    }

    [Fact]
    public async Task ARevokedTokenStopsSendingAndLeavesMessagesPending()
    {
        PostFails(new SlackApiException("chat.postMessage", "token_revoked", SlackErrorKind.Authorization));
        await _outbox.EnqueueAsync(OutboxHarness.Envelope("a"), OutboxHarness.Envelope("b"));
        var sender = _outbox.NewSender();

        await sender.DispatchOnceAsync(CancellationToken.None);
        _outbox.Clock.Advance(TimeSpan.FromHours(1));
        var afterStop = await sender.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal("token_revoked", _outbox.State.Problem);
        Assert.Equal(0, afterStop);
        Assert.All(await _outbox.RowsAsync(), r =>
        {
            Assert.Equal(OutboxStatus.Pending, r.Status);
            Assert.Equal(0, r.Attempts);
            Assert.Null(r.LeaseToken);
        });
    }

    [Fact]
    public async Task ClaimersRunningAtOnceSendEachRowOnce()
    {
        // Four claimers (as on four instances) against one table: each row must reach Slack exactly once.
        await using var outbox = new OutboxHarness(o => o.BatchSize = 5, Database);
        await outbox.EnqueueAsync([.. Enumerable.Range(1, 60).Select(i => OutboxHarness.Envelope($"c{i}", $"U0USER{i:D3}"))]);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var sender = outbox.NewSender();
            while (await sender.DispatchOnceAsync(CancellationToken.None) > 0)
            {
            }
        })));

        var keys = outbox.Slack.Invocations.Where(i => i.Method.Name == nameof(ISlackApi.PostMessageAsync))
            .Select(i => ((PostMessageRequest)i.Arguments[0]!).IdempotencyKey).ToList();
        Assert.Equal(Enumerable.Range(1, 60).Select(i => $"c{i}").Order(), keys.Order());
        Assert.All(await outbox.RowsAsync(), r => Assert.Equal(OutboxStatus.Sent, r.Status));
    }

    [Fact]
    public async Task ARestartResumesWhereTheLastBatchStopped()
    {
        await using var outbox = new OutboxHarness(o => o.BatchSize = 4, Database);
        await outbox.EnqueueAsync([.. Enumerable.Range(1, 10).Select(i => OutboxHarness.Envelope($"m{i}", $"U0USER{i:D3}"))]);

        await outbox.NewSender().DispatchOnceAsync(CancellationToken.None);
        var restarted = outbox.NewSender();
        while (await restarted.DispatchOnceAsync(CancellationToken.None) > 0)
        {
        }

        var rows = await outbox.RowsAsync();
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        var keys = outbox.Slack.Invocations.Where(i => i.Method.Name == nameof(ISlackApi.PostMessageAsync))
            .Select(i => ((PostMessageRequest)i.Arguments[0]!).IdempotencyKey).ToList();
        Assert.Equal(10, keys.Count);
        Assert.Equal(10, keys.Distinct().Count());
    }

    [Fact]
    public async Task ShutdownReleasesTheClaimsOfMessagesNotSent()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _outbox.Slack.Setup(s => s.PostMessageAsync(It.IsAny<PostMessageRequest>(), It.IsAny<CancellationToken>()))
            .Returns(async (PostMessageRequest _, CancellationToken ct) =>
            {
                started.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
                return new PostedMessage("D0", "1773072000.000001");
            });
        await _outbox.EnqueueAsync(OutboxHarness.Envelope("a"), OutboxHarness.Envelope("b"), OutboxHarness.Envelope("c"));
        using var stopping = new CancellationTokenSource();

        var dispatch = _outbox.NewSender().DispatchOnceAsync(stopping.Token);
        await started.Task;
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dispatch);

        Assert.All(await _outbox.RowsAsync(), r =>
        {
            Assert.Equal(OutboxStatus.Pending, r.Status);
            Assert.Null(r.LeaseToken);
            Assert.Null(r.LeaseUntil);
        });
    }
}
