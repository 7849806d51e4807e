using ProDevBot.Outbox;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Outbox;

/// <summary>Finished rows hold message text (an export holds every reflection): they go after the retention period.</summary>
public sealed class OutboxRetentionTests
{
    private static readonly string[] Class = [.. Enumerable.Range(1, 40).Select(i => $"U0R{i:D6}")];

    [Fact]
    public async Task FinishedRowsOlderThanTheRetentionGoAndPendingOnesStay()
    {
        await using var outbox = new OutboxHarness();
        var start = outbox.Clock.GetUtcNow();
        await outbox.EnqueueAsync([.. Class.Select(s => OutboxHarness.Envelope($"export:{s}", s, "export"))]);
        await outbox.EnqueueAsync([.. Class.Select(s => OutboxHarness.Envelope($"late:{s}", s, "late") with { NotAfter = start.AddSeconds(-1) })]);
        await outbox.EnqueueAsync([.. Class.Select(s => OutboxHarness.Envelope($"later:{s}", s) with { NotBefore = start.AddDays(60) })]);
        while (await outbox.NewSender().DispatchOnceAsync(CancellationToken.None) > 0)
        {
        }

        outbox.Clock.Advance(TimeSpan.FromDays(2));
        await outbox.EnqueueAsync([.. Class.Select(s => OutboxHarness.Envelope($"kickoff:{s}", s, "kickoff"))]);
        while (await outbox.NewSender().DispatchOnceAsync(CancellationToken.None) > 0)
        {
        }

        outbox.Clock.Advance(TimeSpan.FromDays(29)); // 31 days after the exports, 29 after the kickoffs
        var pruned = await outbox.NewRetention().PruneAsync(CancellationToken.None);

        var rows = await outbox.RowsAsync();
        Assert.Equal(80, pruned); // the sent exports and the skipped late rows
        Assert.Equal(40, rows.Count(r => r.Kind == "kickoff" && r.Status == OutboxStatus.Sent));
        Assert.Equal(40, rows.Count(r => r.Status == OutboxStatus.Pending));
        Assert.Equal(80, rows.Count);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-1.00:00:00")]
    public void ARetentionUnderADayStopsStartUpNamingTheKey(string keep)
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Outbox:KeepFinishedFor"] = keep });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateSlackClient());

        Assert.Contains("KeepFinishedFor", error.ToString(), StringComparison.Ordinal);
    }
}
