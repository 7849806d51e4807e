using ProDevBot.Slack.WebApi;

namespace ProDevBot.Commands;

/// <summary>
/// Work done before answering a Slack request (a response_url post, a redraw) ends where the request's own budget
/// does: Slack's 3 s counted from when the request arrived, less the margin the answer needs, on the bot's clock.
/// </summary>
internal sealed class AckDeadline : IDisposable
{
    private readonly CancellationTokenSource _expiry;
    private readonly CancellationTokenSource _linked;

    private AckDeadline(DateTimeOffset receivedAt, TimeProvider clock, CancellationToken cancellationToken)
    {
        var left = SlackCallBudget.ForRequest(receivedAt).Deadline - clock.GetUtcNow();
        _expiry = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero, clock);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _expiry.Token);
    }

    /// <summary>Cancelled at the request's deadline, or with the caller's token.</summary>
    public CancellationToken Token => _linked.Token;

    public static AckDeadline For(DateTimeOffset receivedAt, TimeProvider clock, CancellationToken cancellationToken) =>
        new(receivedAt, clock, cancellationToken);

    public void Dispose()
    {
        _linked.Dispose();
        _expiry.Dispose();
    }
}
