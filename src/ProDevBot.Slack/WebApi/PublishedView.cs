namespace ProDevBot.Slack.WebApi;

/// <summary>
/// The view Slack answered to views.open/update/push/publish (https://api.slack.com/methods/views.open):
/// its id, our external id, and the hash that guards a later views.update against a race.
/// </summary>
public sealed record PublishedView(string Id, string? ExternalId, string? Hash);
