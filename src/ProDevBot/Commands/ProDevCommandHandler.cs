using ProDevBot.Help;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Commands;

/// <summary>
/// Answers `/prodev`: splits the text into words, finds the one registered subcommand (or group action) by key,
/// refuses a coach-only one to anyone else (the only coach check for commands), and hands the rest to the feature.
/// Anything unknown gets the help this user may use.
/// </summary>
internal sealed class ProDevCommandHandler(SubcommandRegistry registry, CoachGate coaches, IServiceProvider services) : ISlashCommandHandler
{
    public string Command => "/prodev";

    public Task<SlackMessage> HandleAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var words = CommandText.Split(command.Text);
        var isCoach = coaches.IsCoach(command.UserId);
        if (words.Count == 0)
        {
            return Task.FromResult(HelpMessage.Build(command.Command, null, registry, isCoach));
        }

        var name = words[0].ToLowerInvariant();
        var args = words.Skip(1).ToList();
        SubcommandEntry? entry;
        if (registry.FindGroup(name) is { } group)
        {
            if (registry.IsCoachOnly(group) && coaches.Refuse(command.UserId, $"`{command.Command} {group.Word}`") is { } refusal)
            {
                return Task.FromResult(refusal);
            }

            name = args.Count == 0 ? group.DefaultAction : args[0].ToLowerInvariant();
            entry = registry.FindAction(group, name);
            if (entry is null)
            {
                return Task.FromResult(UnknownAction(command.Command, group, args.Count == 0 ? name : args[0], isCoach));
            }

            args = args.Skip(1).ToList();
        }
        else if ((entry = registry.Find(name)) is null)
        {
            return Task.FromResult(HelpMessage.Build(command.Command, words[0], registry, isCoach));
        }

        if (entry.Subcommand.CoachOnly && coaches.Refuse(command.UserId, $"`{command.Command} {entry.Path}`") is { } refused)
        {
            return Task.FromResult(refused);
        }

        var subcommand = (IProDevSubcommand)services.GetRequiredService(entry.Handler);
        return subcommand.HandleAsync(new CommandContext(command, name, args, isCoach), cancellationToken);
    }

    private SlackMessage UnknownAction(string command, SubcommandGroup group, string typed, bool isCoach)
    {
        var actions = registry.ActionsOf(group).Where(a => isCoach || !a.Subcommand.CoachOnly).ToList();
        var names = actions.Select(a => a.Subcommand.Word).ToList();
        var list = names.Count < 2 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} or {names[^1]}";
        var who = registry.IsCoachOnly(group) ? "Coaches" : "You";
        var example = actions.Count == 0 ? "help" : HelpMessage.ExampleText(actions[0].Subcommand.Example);
        return Replies.Mistake($"I don't know `{group.Word} {SlackText.Escape(typed)}`. {who} can {list}.", $"{command} {example}");
    }
}
