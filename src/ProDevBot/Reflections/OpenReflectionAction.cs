using ProDevBot.Commands;
using ProDevBot.Outbox;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Reflections;

/// <summary>A button with action_id <c>open_reflect</c> (the Home tab's) opens this week's reflection form.</summary>
internal sealed class OpenReflectionAction(ReflectionOpener opener, ISlackApi slack, OutboxWriter outbox, TimeProvider clock)
    : OpenFormAction(slack, outbox, clock, "Reflection")
{
    protected override Task<string?> OpenAsync(string userId, string triggerId, SlackCallBudget budget, CancellationToken cancellationToken) =>
        opener.OpenAsync(userId, triggerId, null, budget, cancellationToken);
}
