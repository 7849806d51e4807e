using Microsoft.Extensions.Options;
using ProDevBot.Help;
using ProDevBot.Hosting;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Commands;

/// <summary>Answers `/prodev`: splits the text into a subcommand and its words and hands them to the feature.</summary>
internal sealed class ProDevCommandHandler(
    IEnumerable<IProDevSubcommand> subcommands,
    IOptionsMonitor<ProDevOptions> options) : ISlashCommandHandler
{
    private readonly Dictionary<string, IProDevSubcommand> _byName = subcommands
        .SelectMany(s => s.Names.Select(n => (n, s)))
        .ToDictionary(p => p.n, p => p.s, StringComparer.OrdinalIgnoreCase);

    public string Command => "/prodev";

    public Task<SlackMessage> HandleAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var words = CommandText.Split(command.Text);
        if (words.Count == 0)
        {
            return Task.FromResult(HelpMessage.Build(command.Command, null));
        }

        var name = words[0].ToLowerInvariant();
        if (!_byName.TryGetValue(name, out var subcommand))
        {
            return Task.FromResult(HelpMessage.Build(command.Command, words[0]));
        }

        var context = new CommandContext(command, name, words.Skip(1).ToList(), options.CurrentValue.IsCoach(command.UserId));
        return subcommand.HandleAsync(context, cancellationToken);
    }
}
