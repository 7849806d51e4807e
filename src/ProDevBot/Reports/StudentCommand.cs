using System.Text.RegularExpressions;
using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Reports;

/// <summary>`/prodev student &lt;@user&gt;`: one student's record, for coaches.</summary>
internal sealed partial class StudentCommand(StudentRecord record) : IProDevSubcommand
{
    public const string Example = "/prodev student @jane";
    public const string HelpLine = "one student's record";

    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        // should_escape sends "@jane" as "<@U0123|jane>"; a bare id works too.
        var match = context.Args.Count == 1 ? UserReference().Match(context.Args[0]) : Match.Empty;
        return match.Success
            ? record.BuildAsync(match.Groups["id"].Value, cancellationToken)
            : Task.FromResult(Replies.Mistake("Name one student with @, picked from Slack's list.", Example));
    }

    [GeneratedRegex(@"^(?:<@(?<id>[UW][A-Z0-9]{2,30})(?:\|[^>]*)?>|(?<id>[UW][A-Z0-9]{2,30}))$")]
    private static partial Regex UserReference();
}
