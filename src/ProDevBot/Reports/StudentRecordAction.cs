using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Reports;

/// <summary>The digest's "Open record" button (coach-only, checked by the dispatcher): posts the student's record back into the coach's conversation.</summary>
internal sealed class StudentRecordAction(StudentRecord record, ISlackApi slack, ILogger<StudentRecordAction> logger) : IInteractionHandler
{
    public async Task<SlackAnswer> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        var actions = (BlockActionsPayload)payload;
        var studentId = actions.Actions[0].Value;
        if (studentId is null || !Uri.TryCreate(payload.ResponseUrl, UriKind.Absolute, out var responseUrl))
        {
            return SlackAnswer.Ok; // a button without a student or a place to answer: nothing to show
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2)); // Slack wants the ack within 3 s
            await slack.PostToResponseUrlAsync(responseUrl, await record.BuildAsync(studentId, timeout.Token), timeout.Token);
        }
        catch (Exception error) when (error is SlackApiException or OperationCanceledException or ArgumentException)
        {
            logger.LogWarning("Could not post a student record: {Error}", error.GetType().Name);
        }

        return SlackAnswer.Ok;
    }
}
