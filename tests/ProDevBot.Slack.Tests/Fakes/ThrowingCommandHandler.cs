using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Slack.Tests.Fakes;

/// <summary>Fails <c>/boom</c> with a message that must never reach the user.</summary>
public sealed class ThrowingCommandHandler : ISlashCommandHandler
{
    public const string SecretDetail = "connection string Password=hunter2";

    public string Command => "/boom";

    public Task<SlackMessage> HandleAsync(SlashCommand command, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(SecretDetail);
}
