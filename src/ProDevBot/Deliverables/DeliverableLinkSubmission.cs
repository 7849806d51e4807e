using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Deliverables;

/// <summary>Saves a link-kind deliverable's URL (an absolute https URL of at most 3000 characters), which marks it done.</summary>
internal sealed class DeliverableLinkSubmission(
    StudentCohorts students, CurriculumCatalog curriculum, DeliverableProgress progress, DeliverableCheckoffAction redraw) : IInteractionHandler
{
    public async Task<SlackAnswer> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        var submission = (ViewSubmissionPayload)payload;
        var studentId = submission.User?.Id;
        var target = DeliverableLinkModal.Parse(submission.View.PrivateMetadata);
        var cohort = string.IsNullOrEmpty(studentId) ? null : await students.FindAsync(studentId, cancellationToken);
        var module = cohort is null ? null : curriculum.Find(cohort.Module);
        var deliverable = module?.Deliverables.FirstOrDefault(d => d.Id == target?.DeliverableId && d.Kind == DeliverableKind.Link);
        if (studentId is null || module is null || deliverable is null || target?.Module != module.Number)
        {
            return Error("This form no longer matches your cohort's module. Close it and run `/prodev deliverables` again.");
        }

        var text = submission.View.State?.Text(DeliverableIds.UrlBlock, DeliverableIds.UrlAction);
        if (text is null)
        {
            return Error("Paste the link before saving.");
        }

        if (text.Length > DeliverableLinkModal.MaxLength)
        {
            return Error($"That link is {text.Length:N0} characters; links up to {DeliverableLinkModal.MaxLength:N0} fit.");
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(url.Host))
        {
            return Error("That doesn't look like a full web address. It should start with https://, like https://www.linkedin.com/in/your-name.");
        }

        await progress.SetUrlAsync(studentId, module.Number, deliverable.Id, url.AbsoluteUri, cancellationToken);
        await redraw.RedrawAsync(target.Value.ResponseUrl, studentId, cohort!, module, payload.ReceivedAt, cancellationToken);
        return ViewSubmissionResults.Close();
    }

    private static SlackAnswer Error(string message) =>
        ViewSubmissionResults.Errors(new Dictionary<string, string> { [DeliverableIds.UrlBlock] = message });
}
