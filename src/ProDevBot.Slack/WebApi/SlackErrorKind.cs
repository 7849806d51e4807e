namespace ProDevBot.Slack.WebApi;

/// <summary>How a caller should react to a failed Slack call.</summary>
public enum SlackErrorKind
{
    /// <summary>Worth trying again later: 5xx, timeouts, dropped connections, ratelimited, service_unavailable, fatal_error.</summary>
    Transient,

    /// <summary>Will fail the same way again for this message: channel_not_found, user_not_found, invalid_blocks, no_permission, …</summary>
    Permanent,

    /// <summary>The bot's token itself is refused: invalid_auth, not_authed, token_revoked, account_inactive, missing_scope. Stop and alert.</summary>
    Authorization,
}
