using ProDevBot.Commands;
using ProDevBot.Outbox;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.NetworkLog;

/// <summary>A button with action_id <c>open_log</c> (the Home tab's) opens the networking-log form.</summary>
internal sealed class OpenNetworkLogAction(NetworkLogOpener opener, ISlackApi slack, OutboxWriter outbox, TimeProvider clock)
    : OpenFormAction(slack, outbox, clock, "Networking log")
{
    protected override Task<string?> OpenAsync(string userId, string triggerId, SlackCallBudget budget, CancellationToken cancellationToken) =>
        opener.OpenAsync(userId, triggerId, budget, cancellationToken);
}
