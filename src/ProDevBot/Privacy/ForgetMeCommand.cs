using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Privacy;

/// <summary>`/prodev forget-me`: only asks. Nothing is deleted until the student clicks "Delete my data".</summary>
internal sealed class ForgetMeCommand : IProDevSubcommand
{
    public const string ConfirmAction = "forget_me_confirm";
    public const string CancelAction = "forget_me_cancel";

    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        const string Question = "Delete everything ProDevBot keeps about you? That is your cohort enrollment, pauses and " +
                                "settings, deliverables and checklist items marked done, reflections, networking logs, " +
                                "Home tab visits, messages to you and coach digests naming you. Only your Slack user id stays, " +
                                "so your cohort channel does not enroll you again; `/prodev join` clears it. It cannot be undone; " +
                                "`/prodev export` first if you want a copy.";
        var message = new MessageBuilder()
            .Section(Question)
            .Actions(
                ButtonElement.Create("Delete my data", ConfirmAction, value: context.UserId) with { Style = "danger" },
                ButtonElement.Create("Cancel", CancelAction, value: context.UserId))
            .Build("Delete your ProDevBot data? Use the buttons to confirm or cancel.");
        return Task.FromResult(message);
    }
}
