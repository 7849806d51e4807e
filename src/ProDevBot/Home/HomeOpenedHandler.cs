using System.Text.Json;
using ProDevBot.Curriculum;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Home;

/// <summary>
/// <c>app_home_opened</c> on the Home tab: publishes that user's own Home view. It answers the user's action, so
/// it calls views.publish directly rather than through the outbox, within a short budget so Slack's 3 s ack holds.
/// </summary>
internal sealed class HomeOpenedHandler(HomeSnapshots snapshots, CurriculumLinks links, ISlackApi slack, ILogger<HomeOpenedHandler> logger) : ISlackEventHandler
{
    /// <summary>Leaves room inside Slack's 3 s for verification, deduplication and the response.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    private static readonly string[] StringFields = ["user", "tab", "channel"];

    public string EventType => "app_home_opened";

    /// <summary>Slack sends <c>user</c> and <c>tab</c> as strings; anything else is a malformed event.</summary>
    public string? FindProblem(JsonElement inner) =>
        StringFields.FirstOrDefault(name => inner.TryGetProperty(name, out var value)
            && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) is { } wrong
            ? $"{wrong} must be a string."
            : null;

    public async Task HandleAsync(EventCallback callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (!IsHomeTab(callback.Event, out var userId))
        {
            return; // the Messages tab, or an event without a user
        }

        // Real time, not the TimeProvider: this bounds a wait on the network, not a business date.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        try
        {
            var home = await snapshots.LoadAsync(userId, budget.Token);
            await slack.PublishHomeAsync(userId, HomeView.Build(home, links), SlackCallBudget.ForRequest(callback.ReceivedAt), budget.Token);
            await snapshots.RecordVisitAsync(userId, budget.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The next open publishes again; the first-visit welcome shows again too, as the visit was not recorded.
            logger.LogWarning(e, "Home tab for {UserId} not published (event {EventId})", userId, callback.EventId);
        }
    }

    private static bool IsHomeTab(JsonElement inner, out string userId)
    {
        userId = "";
        if (!inner.TryGetProperty("tab", out var tab) || tab.ValueKind != JsonValueKind.String || tab.GetString() != "home"
            || !inner.TryGetProperty("user", out var user) || user.ValueKind != JsonValueKind.String
            || user.GetString() is not { Length: > 0 } id)
        {
            return false;
        }

        userId = id;
        return true;
    }
}
