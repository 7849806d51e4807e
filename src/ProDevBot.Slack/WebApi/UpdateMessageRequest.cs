using ProDevBot.Slack.Blocks;

namespace ProDevBot.Slack.WebApi;

/// <summary>A chat.update call: replaces the message <see cref="Ts"/> in <see cref="Channel"/> (https://api.slack.com/methods/chat.update).</summary>
public sealed record UpdateMessageRequest(string Channel, string Ts, SlackMessage Message);
