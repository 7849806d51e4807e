using ProDevBot.Slack.Blocks;

namespace ProDevBot.Slack.WebApi;

/// <summary>A chat.postEphemeral call: a message only <see cref="User"/> sees in <see cref="Channel"/> (https://api.slack.com/methods/chat.postEphemeral).</summary>
public sealed record PostEphemeralRequest(string Channel, string User, SlackMessage Message);
