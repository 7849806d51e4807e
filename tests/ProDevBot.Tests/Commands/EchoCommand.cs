using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Tests.Commands;

/// <summary>A new feature's student command: says back what it was given.</summary>
public sealed class EchoCommand(Probe probe) : IProDevSubcommand
{
    public const string HelpLine = "say it back";
    public const string Example = "/prodev echo hello";

    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        probe.Calls.Enqueue($"echo {string.Join(' ', context.Args)}");
        return Task.FromResult(SlackMessage.Ephemeral($"echo: {string.Join(' ', context.Args)}"));
    }
}
