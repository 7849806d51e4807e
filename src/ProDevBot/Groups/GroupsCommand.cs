using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Groups;

/// <summary>`/prodev groups …` (coach-only): form, show and adjust Homeroom and Mix It Up groups.</summary>
internal sealed class GroupsCommand(IServiceProvider services) : IProDevSubcommand
{
    public const string HelpLine = "form and manage Wednesday groups (coaches): homeroom, mixitup, show, move, room, dm";
    public const string Example = "/prodev groups homeroom 2603 size 5";
    public const bool CoachOnly = true;

    private const string Verbs = "`homeroom`, `mixitup`, `show`, `move`, `room` or `dm`";

    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsCoach)
        {
            return Task.FromResult(Replies.CoachesOnly("`/prodev groups`"));
        }

        if (context.Args.Count == 0)
        {
            return Task.FromResult(Replies.Mistake($"Say what to do with groups: {Verbs}.", Example));
        }

        var verb = context.Args[0].ToLowerInvariant();
        var words = context.Args.Skip(1).ToList();
        return services.GetKeyedService<IGroupsAction>(verb) is { } action
            ? action.HandleAsync(context, words, cancellationToken)
            : Task.FromResult(Replies.Mistake($"I don't know `groups {SlackText.Escape(context.Args[0])}`. Coaches can use {Verbs}.", Example));
    }
}
