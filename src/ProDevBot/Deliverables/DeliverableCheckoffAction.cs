using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Deliverables;

/// <summary>
/// Clicks on the `/prodev deliverables` check-offs: ticks, Mark done / Undo, and the link button (which opens the
/// URL modal). Progress is always the clicking user's own, and only for their cohort's module. The message is
/// redrawn through the response_url with a short timeout, so Slack's 3-second acknowledgement is kept.
/// </summary>
internal sealed class DeliverableCheckoffAction(
    StudentCohorts students, CurriculumCatalog curriculum, DeliverableProgress progress, DeliverablesMessage message,
    ISlackApi slack, TimeProvider clock, ILogger<DeliverableCheckoffAction> logger) : IInteractionHandler
{
    public async Task<SlackAnswer> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        var click = (BlockActionsPayload)payload;
        var action = click.Actions.First(a => a.ActionId.StartsWith("deliverable_", StringComparison.Ordinal));
        var studentId = click.User?.Id;
        var cohort = string.IsNullOrEmpty(studentId) ? null : await students.FindAsync(studentId, cancellationToken);
        var module = cohort is null ? null : curriculum.Find(cohort.Module);
        var target = DeliverableIds.Parse(action.BlockId);
        var deliverable = target is null ? null : module?.FindDeliverable(target.Value.DeliverableId);
        if (studentId is null || module is null || deliverable is null || target?.Module != module.Number)
        {
            logger.LogInformation("Ignored a {Action} click outside the student's own cohort module", action.ActionId);
            await ResponseUrlReply.PostAsync(slack, clock, logger, click.ResponseUrl, Replies.Text(Stale(cohort, module, target)), click.ReceivedAt, cancellationToken);
            return SlackAnswer.Ok;
        }

        switch (action.ActionId)
        {
            case DeliverableIds.LinkAction when click.TriggerId is { Length: > 0 } trigger:
                await OpenLinkFormAsync(click, trigger, studentId, module, deliverable, cancellationToken);
                return SlackAnswer.Ok;
            case DeliverableIds.CheckAction:
                var ticked = (action.SelectedOptions ?? []).Select(o => o.Value).ToList();
                if (!await progress.SetTickedAsync(studentId, module.Number, deliverable, ticked, action.ActionTs, cancellationToken))
                {
                    return Superseded(action);
                }

                break;
            case DeliverableIds.DoneAction or DeliverableIds.UndoAction:
                if (!await progress.SetDoneAsync(studentId, module.Number, deliverable.Id, action.ActionId == DeliverableIds.DoneAction, action.ActionTs, cancellationToken))
                {
                    return Superseded(action);
                }

                break;
        }

        await RedrawAsync(click.ResponseUrl, studentId, cohort!, module, click.ReceivedAt, cancellationToken);
        return SlackAnswer.Ok;
    }

    // Why a click on an old message changed nothing, in words the student can act on.
    private static string Stale(Cohort? cohort, Module? module, (int Module, string DeliverableId)? target)
    {
        if (cohort is null)
        {
            return "You're not in a cohort now, so there is nothing to check off. Join yours with `/prodev join <cohort id>`.";
        }

        if (module is null || target is not { } clicked)
        {
            return "That button is not one I know. Run `/prodev deliverables` for your current list.";
        }

        return clicked.Module != module.Number
            ? $"That list is for module {clicked.Module}; your cohort is now in module {module.Number}. Run `/prodev deliverables` for its list."
            : $"`{clicked.DeliverableId}` is no longer part of module {module.Number}, so this button does nothing now. " +
              "Anything you checked off for it is kept and shows in `/prodev export`. Run `/prodev deliverables` for the current list.";
    }

    private async Task OpenLinkFormAsync(
        BlockActionsPayload click, string trigger, string studentId, Module module, Deliverable deliverable, CancellationToken cancellationToken)
    {
        var done = (await progress.LoadAsync(studentId, module.Number, cancellationToken)).Done.GetValueOrDefault(deliverable.Id);
        try
        {
            var form = DeliverableLinkModal.Build(module.Number, deliverable, done?.Url, click.ResponseUrl);
            await slack.OpenViewAsync(trigger, form, SlackCallBudget.ForRequest(click.ReceivedAt), cancellationToken);
        }
        catch (SlackApiException e)
        {
            // Said under the message rather than nowhere: the student clicks again once Slack has caught up.
            logger.LogWarning("views.open for a deliverable link failed: {Error}", e.Error);
            await ResponseUrlReply.PostAsync(slack, clock, logger, click.ResponseUrl, SlackMessage.Ephemeral(Replies.SlackBusy), click.ReceivedAt, cancellationToken);
        }
    }

    /// <summary>A newer click on the same deliverable was applied first: this one changes nothing and draws nothing.</summary>
    private SlackAnswer Superseded(BlockAction action)
    {
        logger.LogInformation("Dropped a {Action} click older than one already applied", action.ActionId);
        return SlackAnswer.Ok;
    }

    /// <summary>
    /// Replaces the message the click came from, within the click's own 3 s (from <paramref name="receivedAt"/>); a
    /// failure leaves the old one, the saved progress stands.
    /// </summary>
    public async Task RedrawAsync(
        string? responseUrl, string studentId, Cohort cohort, Module module, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url))
        {
            return;
        }

        using var timeout = AckDeadline.For(receivedAt, clock, cancellationToken);
        try
        {
            var snapshot = await progress.LoadAsync(studentId, module.Number, timeout.Token);
            var redrawn = message.Build(new ModuleScope(module, cohort, CohortCalendar.For(cohort)), snapshot) with { ReplaceOriginal = true };
            await slack.PostToResponseUrlAsync(url, redrawn, timeout.Token);
        }
        catch (Exception e) when (e is SlackApiException or OperationCanceledException or ArgumentException)
        {
            logger.LogWarning(e, "Could not redraw the deliverables message");
        }
    }
}
