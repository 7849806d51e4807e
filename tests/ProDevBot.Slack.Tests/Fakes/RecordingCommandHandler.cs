using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Slack.Tests.Fakes;

/// <summary>Answers <c>/prodev</c> by echoing the text, and records the command.</summary>
public sealed class RecordingCommandHandler(Recorder recorder) : ISlashCommandHandler
{
    public string Command => "/prodev";

    public Task<SlackMessage> HandleAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        recorder.Calls.Enqueue(command);
        return Task.FromResult(SlackMessage.Ephemeral($"You said: {command.Text}"));
    }
}
