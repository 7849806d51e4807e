using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Tests.Commands;

/// <summary>A new feature's coach-only command; it does not check who asks (the dispatcher does).</summary>
public sealed class SecretCommand(Probe probe) : IProDevSubcommand
{
    public const string HelpLine = "a coaches' secret";
    public const string Example = "/prodev secret 2603";

    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        probe.Calls.Enqueue("secret");
        return Task.FromResult(SlackMessage.Ephemeral("the secret"));
    }
}
