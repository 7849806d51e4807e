namespace ProDevBot.Slack.WebApi;

/// <summary>The parts of users.info the bot uses (https://api.slack.com/methods/users.info, https://api.slack.com/types/user).</summary>
/// <param name="Id">The user id, <c>U…</c> or <c>W…</c>.</param>
/// <param name="IsBot">True for bots and apps; they get no nudges.</param>
/// <param name="Deleted">True for deactivated accounts.</param>
/// <param name="Tz">IANA time zone, e.g. <c>Europe/Amsterdam</c>; absent for some bots.</param>
/// <param name="RealName">The name as the user set it; may be empty.</param>
public sealed record SlackUser(string Id, bool IsBot, bool Deleted, string? Tz, string? RealName);
