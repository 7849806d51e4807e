using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Privacy;

/// <summary>
/// The buttons under `/prodev forget-me`. Deletes only the data of the user who clicked, and only when that is
/// the user who asked (the button carries their id); answers through the message's response_url.
/// </summary>
internal sealed class ForgetMeConfirmation(
    PersonalDataEraser eraser, ISlackApi slack, TimeProvider clock, ILogger<ForgetMeConfirmation> logger) : IInteractionHandler
{
    public async Task<SlackAnswer> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        var clicks = (BlockActionsPayload)payload;
        var action = clicks.Actions[0];
        var clicker = payload.User?.Id;
        string reply;
        if (string.IsNullOrEmpty(clicker) || !string.Equals(action.Value, clicker, StringComparison.Ordinal))
        {
            reply = "Only the person who asked can confirm deleting their data. Nothing was deleted.";
        }
        else if (action.ActionId == ForgetMeCommand.CancelAction)
        {
            reply = "Nothing was deleted.";
        }
        else
        {
            var rows = await eraser.EraseAsync(clicker, cancellationToken);
            logger.LogInformation("Deleted {Rows} rows of a user's data on their request", rows);
            reply = "Your data is deleted. We keep only your Slack user id, so your cohort channel does not enroll you again; " +
                    "`/prodev join <cohort id>` starts afresh (and clears it) whenever you like.";
        }

        // Within the click's own 3 s: the deletion stands even if the answer is lost.
        await ResponseUrlReply.PostAsync(slack, clock, logger, payload.ResponseUrl, SlackMessage.Ephemeral(reply), payload.ReceivedAt, cancellationToken);
        return SlackAnswer.Ok;
    }
}
