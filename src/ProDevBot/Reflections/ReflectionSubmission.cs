using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Outbox;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Reflections;

/// <summary>
/// The reflection modal's Save: checks the text, stores it (insert or update) before answering, closes the modal
/// and queues a confirmation DM. A problem is shown under the text field and nothing is stored.
/// </summary>
internal sealed class ReflectionSubmission(
    ProDevDbContext db, CurriculumCatalog curriculum, OutboxWriter outbox, TimeProvider clock) : IInteractionHandler
{
    public async Task<SlackAnswer> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        var submission = (ViewSubmissionPayload)payload;
        var studentId = submission.User?.Id;
        var target = ReflectionTarget.Parse(submission.View.PrivateMetadata);
        var week = target is null ? null : curriculum.Find(target.Module)?.FindWeek(target.Week);
        if (string.IsNullOrEmpty(studentId) || target is null || week is null)
        {
            return Error("This form is out of date. Close it and open your reflection again with `/prodev reflect`.");
        }

        var text = submission.View.State?.Text(ReflectionIds.TextBlock, ReflectionIds.TextAction);
        if (text is null)
        {
            return Error("Write a few sentences before saving; an empty reflection can't be saved.");
        }

        if (text.Length > ReflectionIds.MaxLength)
        {
            return Error($"Your reflection is {text.Length:N0} characters; please keep it to {ReflectionIds.MaxLength:N0}.");
        }

        var now = clock.GetUtcNow();
        var reflection = await db.Reflections.FirstOrDefaultAsync(
            r => r.StudentId == studentId && r.Module == target.Module && r.Week == target.Week, cancellationToken);
        var edited = reflection is not null;
        if (reflection is null)
        {
            reflection = new Reflection
            {
                StudentId = studentId, Module = target.Module, Week = target.Week,
                Prompt = ReflectionModal.PromptOf(week), Text = text, CreatedAt = now, UpdatedAt = now,
            };
            db.Reflections.Add(reflection);
        }
        else
        {
            reflection.Prompt = ReflectionModal.PromptOf(week);
            reflection.Text = text;
            reflection.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);

        var confirmation = $"{(edited ? "Updated" : "Saved")} your reflection for module {target.Module}, week {target.Week}. " +
            $"To read or change it, run `/prodev reflect {target.Week}`.";
        await outbox.EnqueueAsync(
            new OutboxEnvelope(
                string.Create(CultureInfo.InvariantCulture, $"reflection-saved:{studentId}:{target.Module}:{target.Week}:{now.UtcTicks}"),
                "reflection-saved",
                studentId,
                Replies.Text(confirmation)),
            cancellationToken);
        return ViewSubmissionResults.Close();
    }

    private static SlackAnswer Error(string message) =>
        ViewSubmissionResults.Errors(new Dictionary<string, string> { [ReflectionIds.TextBlock] = message });
}
