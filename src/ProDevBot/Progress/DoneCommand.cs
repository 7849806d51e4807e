using Microsoft.EntityFrameworkCore;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Deliverables;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Progress;

/// <summary>`/prodev done &lt;deliverable id&gt;` and `/prodev undo &lt;id&gt;`: mark a deliverable of the student's module done or not.</summary>
internal sealed class DoneCommand(ModuleScopes scopes, DeliverableProgress progress, ProDevDbContext db) : IProDevSubcommand
{
    private const string Example = "/prodev done exit-ticket-2";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var words = context.Args.ToList();
        var (scope, problem) = await scopes.ResolveAsync(context, words, Example, cancellationToken);
        if (scope is null)
        {
            return problem!;
        }

        if (scope.Cohort is null)
        {
            return Replies.Text($"Marking work done is for students in a module {scope.Module.Number} cohort. Join yours with `/prodev join <cohort id>`.");
        }

        var ids = string.Join(", ", scope.Module.Deliverables.Select(d => $"`{d.Id}`"));
        if (words.Count != 1 || scope.Module.Deliverables.FirstOrDefault(d => d.Id.Equals(words[0], StringComparison.OrdinalIgnoreCase)) is not { } deliverable)
        {
            var asked = words.Count == 1 ? words[0].ToLowerInvariant() : null;
            return asked is not null && await db.DeliverableCompletions.AnyAsync(
                    c => c.StudentId == context.UserId && c.Module == scope.Module.Number && c.DeliverableId == asked, cancellationToken)
                ? Replies.Text($"`{SlackText.Escape(asked)}` is no longer part of module {scope.Module.Number}. Your earlier check-off is kept " +
                               $"(it shows in `/prodev export`) but no longer counts. The module's deliverables now: {ids}.")
                : Replies.Mistake($"Name one deliverable of module {scope.Module.Number}: {ids}.", ExampleFor(context.Name, scope.Module));
        }

        // The same idempotent write as the Mark done / Undo buttons, so a command racing a click cannot collide.
        var undo = context.Name == "undo";
        await progress.SetDoneAsync(context.UserId, scope.Module.Number, deliverable.Id, !undo, cancellationToken);
        if (undo)
        {
            return Replies.Text($"*{deliverable.Title}* is marked not done; reminders for it are back on.");
        }

        return Replies.Text($"Nice work: *{deliverable.Title}* is marked done, and no reminder will ask about it. (`/prodev undo {deliverable.Id}` if that was a slip.)");
    }

    // The example names a deliverable the student's module really has, so trying it works.
    private static string ExampleFor(string verb, Curriculum.Module module) =>
        module.Deliverables.Count > 0 ? $"/prodev {verb} {module.Deliverables[0].Id}" : Example;
}
