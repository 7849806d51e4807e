using Microsoft.Extensions.Options;
using ProDevBot.Help;
using ProDevBot.Hosting;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Commands;

/// <summary>Answers `/prodev`: splits the text into a subcommand and its words and hands them to the feature.</summary>
internal sealed class ProDevCommandHandler(
    SubcommandCatalog subcommands,
    IServiceProvider services,
    IOptionsMonitor<ProDevOptions> options) : ISlashCommandHandler
{
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
        if (subcommands.Find(name) is not { } type)
        {
            return Task.FromResult(HelpMessage.Build(command.Command, words[0]));
        }

        var subcommand = (IProDevSubcommand)services.GetRequiredService(type);
        var context = new CommandContext(command, name, words.Skip(1).ToList(), options.CurrentValue.IsCoach(command.UserId));
        return subcommand.HandleAsync(context, cancellationToken);
    }
}
