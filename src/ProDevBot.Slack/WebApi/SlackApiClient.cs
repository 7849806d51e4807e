using System.Runtime.CompilerServices;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.WebApi.Wire;

namespace ProDevBot.Slack.WebApi;

/// <summary>
/// <see cref="ISlackApi"/> over HTTP: each typed method builds Slack's body and runs through the shared
/// <see cref="SlackCallPipeline"/> (pacing, 429 pauses, retries or a <see cref="SlackCallBudget"/>, breaker).
/// Registered by <c>AddSlackWebApi(…)</c>.
/// </summary>
public sealed partial class SlackApiClient : ISlackApi
{
    private const int MembersPageSize = 200;

    private readonly SlackHttpTransport _transport;
    private readonly SlackCallPipeline _pipeline;
    private readonly string _idempotencyEventType;

    internal SlackApiClient(SlackHttpTransport transport, SlackCallPipeline pipeline, string idempotencyEventType)
    {
        _transport = transport;
        _pipeline = pipeline;
        _idempotencyEventType = idempotencyEventType;
    }

    public async Task<BotIdentity> TestAuthAsync(CancellationToken cancellationToken)
    {
        // auth.test takes no arguments; an empty form is what Slack documents.
        var response = await CallAsync<AuthTestResponse>(SlackMethods.AuthTest, null, () => new FormUrlEncodedContent([]), cancellationToken);
        return new BotIdentity(response.TeamId, response.UserId, response.BotId);
    }

    public async Task<PostedMessage> PostMessageAsync(PostMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var metadata = request.IdempotencyKey is { } key
            ? new MessageMetadata(_idempotencyEventType, new OutboxEventPayload(key))
            : null;
        var body = new ChatPostMessageBody(request.Channel, request.Message.Text, request.Message.Blocks, metadata);
        var response = await CallAsync<ChatMessageResponse>(
            SlackMethods.PostMessage, request.Channel, () => SlackHttpTransport.Json(body), cancellationToken, request.Budget);
        return new PostedMessage(response.Channel ?? request.Channel, response.Ts ?? "");
    }

    public async Task<string> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken)
    {
        var response = await CallAsync<ConversationsOpenResponse>(
            SlackMethods.ConversationsOpen, null, () => SlackHttpTransport.Json(new ConversationsOpenBody(userId)), cancellationToken);
        return response.Channel?.Id ?? throw Malformed(SlackMethods.ConversationsOpen);
    }

    public async Task<string> OpenGroupMessageAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var users = string.Join(',', userIds);
        var response = await CallAsync<ConversationsOpenResponse>(
            SlackMethods.ConversationsOpen, null, () => SlackHttpTransport.Json(new ConversationsOpenBody(users)), cancellationToken);
        return response.Channel?.Id ?? throw Malformed(SlackMethods.ConversationsOpen);
    }

    public async Task<string> PostEphemeralAsync(PostEphemeralRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new ChatPostEphemeralBody(request.Channel, request.User, request.Message.Text, request.Message.Blocks);
        var response = await CallAsync<ChatPostEphemeralResponse>(SlackMethods.PostEphemeral, null, () => SlackHttpTransport.Json(body), cancellationToken);
        return response.MessageTs ?? "";
    }

    public async Task<PostedMessage> UpdateMessageAsync(UpdateMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new ChatUpdateBody(request.Channel, request.Ts, request.Message.Text, request.Message.Blocks);
        var response = await CallAsync<ChatMessageResponse>(SlackMethods.Update, null, () => SlackHttpTransport.Json(body), cancellationToken);
        return new PostedMessage(response.Channel ?? request.Channel, response.Ts ?? request.Ts);
    }

    public async IAsyncEnumerable<string> GetChannelMembersAsync(string channelId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = "";
        do
        {
            // conversations.members documents form encoding only, so it gets a form rather than JSON.
            var fields = new Dictionary<string, string> { ["channel"] = channelId, ["limit"] = $"{MembersPageSize}" };
            if (cursor.Length > 0)
            {
                fields["cursor"] = cursor;
            }

            var page = await CallAsync<ConversationsMembersResponse>(
                SlackMethods.ConversationsMembers, null, () => new FormUrlEncodedContent(fields), cancellationToken);
            foreach (var member in page.Members ?? [])
            {
                yield return member;
            }

            cursor = page.ResponseMetadata?.NextCursor ?? "";
        }
        while (cursor.Length > 0);
    }

    public Task<SlackUser> GetUserAsync(string userId, CancellationToken cancellationToken) => UserAsync(userId, null, cancellationToken);

    public Task<SlackUser> GetUserAsync(string userId, SlackCallBudget budget, CancellationToken cancellationToken) =>
        UserAsync(userId, budget, cancellationToken);

    private async Task<SlackUser> UserAsync(string userId, SlackCallBudget? budget, CancellationToken cancellationToken)
    {
        // users.info documents form encoding only.
        var response = await CallAsync<UsersInfoResponse>(
            SlackMethods.UsersInfo, null, () => new FormUrlEncodedContent([new("user", userId)]), cancellationToken, budget);
        return response.User ?? throw Malformed(SlackMethods.UsersInfo);
    }

    public Task<PublishedView> OpenViewAsync(string triggerId, SlackViewDefinition view, SlackCallBudget budget, CancellationToken cancellationToken) =>
        ViewAsync(SlackMethods.ViewsOpen, new ViewsOpenBody(triggerId, view), budget, cancellationToken);

    public Task<PublishedView> PushViewAsync(string triggerId, SlackViewDefinition view, SlackCallBudget budget, CancellationToken cancellationToken) =>
        ViewAsync(SlackMethods.ViewsPush, new ViewsOpenBody(triggerId, view), budget, cancellationToken);

    public Task<PublishedView> UpdateViewAsync(
        string viewId, SlackViewDefinition view, string? hash, SlackCallBudget budget, CancellationToken cancellationToken) =>
        ViewAsync(SlackMethods.ViewsUpdate, new ViewsUpdateBody(viewId, view, hash), budget, cancellationToken);

    public Task<PublishedView> PublishHomeAsync(string userId, SlackViewDefinition view, SlackCallBudget budget, CancellationToken cancellationToken) =>
        ViewAsync(SlackMethods.ViewsPublish, new ViewsPublishBody(userId, view), budget, cancellationToken);

    public async Task PostToResponseUrlAsync(Uri responseUrl, SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        ArgumentNullException.ThrowIfNull(message);

        if (!IsSlackCallbackUrl(responseUrl))
        {
            throw new ArgumentException("A response_url must be an absolute https URL.", nameof(responseUrl));
        }

        await _pipeline.ExecuteAsync<bool>(
            SlackMethods.ResponseUrl,
            null,
            null,
            async token =>
            {
                // Every attempt is a use Slack counts; the 6th would be refused, so it is not sent.
                if (!_pipeline.Pacer.ResponseUrls.TryUse(responseUrl))
                {
                    throw new SlackApiException(SlackMethods.ResponseUrl, "response_url_used_up", SlackErrorKind.Permanent);
                }

                await _transport.PostToResponseUrlAsync(responseUrl, SlackHttpTransport.Json(message), token);
                return true;
            },
            cancellationToken);
    }

    // Slack's response and upload URLs are https; plain http is allowed only on loopback, for a fake Slack in tests.
    private static bool IsSlackCallbackUrl(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));

    private async Task<PublishedView> ViewAsync<TBody>(string method, TBody body, SlackCallBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var response = await CallAsync<ViewResponse>(method, null, () => SlackHttpTransport.Json(body), cancellationToken, budget);
        return response.View ?? throw Malformed(method);
    }

    // Content is made per attempt: an HttpContent cannot be sent twice.
    private Task<T> CallAsync<T>(
        string method, string? channel, Func<HttpContent> content, CancellationToken cancellationToken, SlackCallBudget? budget = null)
        where T : SlackResponse =>
        _pipeline.ExecuteAsync(method, channel, budget, token => _transport.SendAsync<T>(method, content(), token), cancellationToken);

    private static SlackApiException Malformed(string method) =>
        new(method, "invalid_response", SlackErrorKind.Transient);
}
