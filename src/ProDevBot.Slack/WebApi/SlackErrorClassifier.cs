using System.Collections.Frozen;

namespace ProDevBot.Slack.WebApi;

/// <summary>
/// Sorts Slack's error codes (https://api.slack.com/methods, "Errors" on each method) into what the caller should do.
/// Codes not listed are treated as permanent: retrying what we do not understand only repeats it. Only errors about the
/// bot's token itself are <see cref="SlackErrorKind.Authorization"/> (they stop all sending until auth.test works again);
/// a refusal of one action (<c>no_permission</c>, <c>access_denied</c>, …) is permanent for that call only.
/// </summary>
public static class SlackErrorClassifier
{
    private static readonly FrozenSet<string> Authorization = FrozenSet.ToFrozenSet(
    [
        // account_inactive: "the token is for a deleted user or workspace" on every method that lists it.
        "invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive", "missing_scope",
        "not_allowed_token_type",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Transient = FrozenSet.ToFrozenSet(
    [
        "ratelimited", "rate_limited", "service_unavailable", "fatal_error", "internal_error", "request_timeout",
        "team_added_to_org", "circuit_open", "timeout", "connection_failed", "invalid_response",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Permanent = FrozenSet.ToFrozenSet(
    [
        "no_permission", "access_denied", "ekm_access_denied", "team_access_not_granted", "org_login_required",
        "two_factor_setup_required",
        "channel_not_found", "user_not_found", "users_not_found", "not_in_channel", "is_archived",
        "invalid_blocks", "invalid_blocks_format", "msg_too_long", "no_text", "invalid_arguments", "invalid_arg_name",
        "invalid_array_arg", "invalid_charset", "invalid_form_data", "invalid_post_type", "missing_post_type",
        "invalid_json", "json_not_object", "view_too_large", "expired_trigger_id", "exchanged_trigger_id",
        "invalid_trigger_id", "not_found", "hash_conflict", "duplicate_external_id", "message_not_found",
        "cant_update_message", "edit_window_closed", "restricted_action", "too_many_attachments", "invalid_cursor",
        "user_not_in_channel", "cannot_dm_bot", "user_disabled", "not_allowed", "invalid_metadata_format",
        "invalid_metadata_schema", "metadata_too_large", "too_many_users", "method_deprecated", "deprecated_endpoint",
        "upgrade_required", "unknown_method", "file_not_found", "missing_argument", "file_uploads_disabled",
        "file_uploads_except_images_disabled", "file_upload_size_restricted", "file_type_not_allowed", "alt_txt_too_large",
    ], StringComparer.Ordinal);

    public static SlackErrorKind Classify(string error) => Classify(error, out _);

    /// <param name="error">Slack's error code.</param>
    /// <param name="known">False for a code this list does not know (the caller logs it).</param>
    public static SlackErrorKind Classify(string error, out bool known)
    {
        ArgumentNullException.ThrowIfNull(error);
        known = true;
        if (Authorization.Contains(error))
        {
            return SlackErrorKind.Authorization;
        }

        if (Transient.Contains(error) || error.StartsWith("http_5", StringComparison.Ordinal))
        {
            return SlackErrorKind.Transient;
        }

        known = Permanent.Contains(error);
        return SlackErrorKind.Permanent;
    }
}
