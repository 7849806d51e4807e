using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Groups;

/// <summary>`/prodev groups move &lt;@user&gt; &lt;cohort&gt; &lt;group n&gt;`: moves a student to another Homeroom group.</summary>
internal sealed class MoveAction(ProDevDbContext db, GroupRoster roster) : IProDevSubcommand
{
    public const string Example = "/prodev groups move @ana 2603 group 2";
    public const string HelpLine = "move a student to another group";

    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        HandleAsync(context, [.. context.Args], cancellationToken);

    private async Task<SlackMessage> HandleAsync(CommandContext context, List<string> words, CancellationToken cancellationToken)
    {
        if (words.Count == 0 || GroupArguments.UserId(words[0]) is not { } student)
        {
            return Replies.Mistake("Start with the student, as a mention (`@name`).", Example);
        }

        words.RemoveAt(0);
        var (cohort, problem) = await CohortLookup.FindAsync(db, words, Example, cancellationToken);
        if (cohort is null)
        {
            return problem!;
        }

        words.RemoveAt(0);
        if (GroupArguments.TakeGroupNumber(words) is not { } number || words.Count > 0)
        {
            return Replies.Mistake("End with the group number to move them to.", Example);
        }

        if (!await db.Enrollments.AnyAsync(e => e.StudentId == student && e.CohortId == cohort.Id, cancellationToken))
        {
            return Replies.Mistake($"<@{student}> is not in cohort {cohort.Id}; `/prodev cohort roster {cohort.Id}` shows who is.", Example);
        }

        var groups = await roster.SyncHomeroomAsync(cohort, cancellationToken);
        if (groups.Count == 0)
        {
            return Replies.Text($"Cohort *{cohort.Id}* has no Homeroom groups yet. Form them with `/prodev groups homeroom {cohort.Id}`.");
        }

        if (groups.FirstOrDefault(g => g.Number == number) is not { } target)
        {
            return Replies.Mistake($"Cohort {cohort.Id} has groups 1–{groups.Count}; there is no group {number}.", Example);
        }

        var from = groups.FirstOrDefault(g => g.Members.Any(m => m.StudentId == student));
        if (from == target)
        {
            return Replies.Text($"<@{student}> is already in group {number}.");
        }

        // Two saves: the old place goes before the new one is added (a student is in one group of a round).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        from?.Members.RemoveAll(m => m.StudentId == student);
        await db.SaveChangesAsync(cancellationToken);
        target.Members.Add(roster.NewMember(target, student, cohort));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var left = from is null ? "" : $" Group {from.Number} now has {from.Members.Count}.";
        var warning = from?.Members.Count switch
        {
            0 => $" Group {from.Number} is empty now.",
            1 => $" Group {from.Number} is down to one student: move them too, or re-form.",
            _ => "",
        };
        return Replies.Text($"Moved <@{student}> to Homeroom group {number} of cohort *{cohort.Id}* ({target.Members.Count} now).{left}{warning}");
    }
}
