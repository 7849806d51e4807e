namespace ProDevBot.Slack.WebApi;

/// <summary>What Slack answered to chat.postMessage: where the message went and its timestamp id.</summary>
public sealed record PostedMessage(string Channel, string Ts);
