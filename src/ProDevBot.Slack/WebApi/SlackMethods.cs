namespace ProDevBot.Slack.WebApi;

/// <summary>The Web API method names the client calls (https://api.slack.com/methods).</summary>
public static class SlackMethods
{
    public const string AuthTest = "auth.test";
    public const string PostMessage = "chat.postMessage";
    public const string PostEphemeral = "chat.postEphemeral";
    public const string Update = "chat.update";
    public const string ConversationsOpen = "conversations.open";
    public const string ConversationsMembers = "conversations.members";
    public const string UsersInfo = "users.info";
    public const string ViewsOpen = "views.open";
    public const string ViewsUpdate = "views.update";
    public const string ViewsPush = "views.push";
    public const string ViewsPublish = "views.publish";
    public const string FilesGetUploadUrlExternal = "files.getUploadURLExternal";
    public const string FilesCompleteUploadExternal = "files.completeUploadExternal";

    /// <summary>Not a Web API method: the name used in errors and logs for posts to a <c>response_url</c>.</summary>
    public const string ResponseUrl = "response_url";

    /// <summary>Not a Web API method: the name used in errors, logs and pacing for the bytes posted to an upload_url.</summary>
    public const string UploadUrl = "upload_url";
}
