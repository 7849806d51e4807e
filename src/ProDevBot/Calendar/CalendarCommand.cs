using ProDevBot.Hosting;
using Microsoft.Extensions.Options;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Calendar;

/// <summary>
/// `/prodev calendar [reset]`: a student's private subscription link to their cohort's calendar.
/// `/prodev calendar cohort &lt;id&gt; [reset]` (coaches only): a cohort-wide one.
/// </summary>
internal sealed class CalendarCommand(
    CalendarSubscriptions subscriptions, StudentCohorts students, ProDevDbContext db, IOptionsMonitor<WebOptions> web) : IProDevSubcommand
{
    public const string HelpLine = "a private link that puts your module's weeks, Wednesday groups and due dates in your calendar app (`calendar reset` replaces it)";
    public const string Example = "/prodev calendar";
    public const string CoachHelpLine = "(coaches) a cohort-wide calendar link for a cohort (`… reset` replaces it)";
    public const string CoachExample = "/prodev calendar cohort 2603";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = context.Args.Select(w => w.ToLowerInvariant()).ToList();
        return words switch
        {
            [] => await StudentAsync(context.UserId, reset: false, cancellationToken),
            ["reset"] => await StudentAsync(context.UserId, reset: true, cancellationToken),
            ["cohort", ..] when !context.IsCoach => Replies.CoachesOnly("a cohort's calendar feed"),
            ["cohort"] or ["cohort", _] => await CoachAsync(context, reset: false, cancellationToken), // no id: the lookup says to give one
            ["cohort", _, "reset"] => await CoachAsync(context, reset: true, cancellationToken),
            _ => Replies.Mistake(
                $"I don't understand `{SlackText.Escape(string.Join(' ', context.Args))}`. `/prodev calendar` gives your calendar link, `/prodev calendar reset` a new one.",
                Example),
        };
    }

    private async Task<SlackMessage> StudentAsync(string userId, bool reset, CancellationToken cancellationToken)
    {
        var revoked = reset && await subscriptions.RevokeAsync(userId, CalendarFeeds.Student, cancellationToken);
        var off = revoked ? "Your old calendar link is off. " : "";
        if (await students.FindAsync(userId, cancellationToken) is not { } cohort)
        {
            return Replies.Text(off + "You're not in a cohort yet, so there is no calendar for you. Join with `/prodev join <cohort id>` " +
                                "(your coach has the id), then `/prodev calendar`.");
        }

        return await IssueAsync(userId, CalendarFeeds.Student, reset, $"cohort *{cohort.Id}*", off, cancellationToken);
    }

    private async Task<SlackMessage> CoachAsync(CommandContext context, bool reset, CancellationToken cancellationToken)
    {
        var (cohort, problem) = await CohortLookup.FindAsync(db, context.Args.Skip(1).ToList(), CoachExample, cancellationToken);
        if (cohort is null)
        {
            return problem!;
        }

        var feed = CalendarFeeds.Cohort(cohort.Id);
        var off = reset && await subscriptions.RevokeAsync(context.UserId, feed, cancellationToken) ? "Your old link for this cohort is off. " : "";
        return await IssueAsync(context.UserId, feed, reset, $"the whole of cohort *{cohort.Id}* (every group)", off, cancellationToken);
    }

    private async Task<SlackMessage> IssueAsync(string userId, string feed, bool reset, string what, string off, CancellationToken cancellationToken)
    {
        if (web.CurrentValue.PublicBaseUrl is null)
        {
            return Replies.Text(off + "Calendar links aren't switched on here yet: the bot's public address (`Web:PublicBaseUrl`) is not " +
                                "set, so a link would lead nowhere. Ask whoever runs ProDevBot to set it, then ask again.");
        }

        var again = feed == CalendarFeeds.Student ? "/prodev calendar reset" : $"/prodev calendar cohort {CalendarFeeds.CohortOf(feed)} reset";
        if (!reset && await subscriptions.FindAsync(userId, feed, cancellationToken) is { } existing)
        {
            return Replies.Text($"You already have a calendar link for {what}, made {LocalTimes.Day(DateOnly.FromDateTime(existing.CreatedAt.UtcDateTime))}. " +
                                $"I keep only a fingerprint of it, so I can't show it again. `{again}` gives you a new link and turns the old one off.");
        }

        if (await subscriptions.IssueAsync(userId, feed, cancellationToken) is not { } token)
        {
            return Replies.Text($"A link was made for you a moment ago, in another reply. If you don't have it, `{again}` gives you a new one.");
        }

        return Replies.Text(
            $"{off}Your private calendar link for {what}:\n{web.CurrentValue.Link($"calendar/{token}.ics").AbsoluteUri}\n" +
            "Subscribe to it in your calendar app (Google Calendar: *Other calendars → From URL*; Apple Calendar: *File → New Calendar " +
            "Subscription*; Outlook: *Add calendar → Subscribe from web*). It holds the module's weeks, Wednesday groups and due dates " +
            "in the cohort's time zone and keeps itself up to date.\n" +
            $"Keep it to yourself: anyone with it can read this calendar. I show it only this once; `{again}` turns it off and gives you a new one.");
    }
}
