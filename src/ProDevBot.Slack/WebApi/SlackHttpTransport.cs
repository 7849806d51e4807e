using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProDevBot.Slack.Telemetry;
using ProDevBot.Slack.WebApi.Pacing;
using ProDevBot.Slack.WebApi.Wire;

namespace ProDevBot.Slack.WebApi;

/// <summary>
/// One HTTP attempt at a Web API method: sends the body with the bearer token, reads Slack's answer and turns every
/// failure into a <see cref="SlackApiException"/> of the right kind. Never logs or throws the token or a response_url.
/// </summary>
internal sealed class SlackHttpTransport(
    HttpClient http, SlackPacer pacer, IOptions<SlackOptions> slack, IOptions<SlackRateLimitOptions> limits, SlackTelemetry telemetry, ILogger<SlackApiClient> logger)
{
    private readonly SlackRateLimitOptions _limits = limits.Value;

    public async Task<T> SendAsync<T>(string method, HttpContent content, CancellationToken cancellationToken)
        where T : SlackResponse
    {
        var token = slack.Value.BotToken;
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new SlackApiException(method, "not_authed", SlackErrorKind.Authorization);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(slack.Value.ApiBaseUrl, method)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await SendAsync<T>(method, request, cancellationToken);
    }

    /// <summary>A post to a response_url: absolute, no token; Slack answers <c>{"ok":true}</c> or plain <c>ok</c>.</summary>
    public async Task PostToResponseUrlAsync(Uri responseUrl, HttpContent content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = content };
        using var response = await SendRawAsync(SlackMethods.ResponseUrl, request, cancellationToken);
        var body = await ReadAsync(SlackMethods.ResponseUrl, response, cancellationToken);
        if (body.TrimStart().StartsWith('{'))
        {
            Check(SlackMethods.ResponseUrl, Parse<SlackResponse>(SlackMethods.ResponseUrl, body));
        }
    }

    /// <summary>
    /// The bytes of a file posted to the upload_url files.getUploadURLExternal gave: absolute, no token (the URL is
    /// the credential). Slack answers 200 with a short text body; any other status is an error.
    /// </summary>
    public async Task PostUploadAsync(Uri uploadUrl, HttpContent content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = content };
        using var response = await SendRawAsync(SlackMethods.UploadUrl, request, cancellationToken);
        await ReadAsync(SlackMethods.UploadUrl, response, cancellationToken);
    }

    public static JsonContent Json<TBody>(TBody body) => JsonContent.Create(body, options: SlackJson.Options);

    private async Task<T> SendAsync<T>(string method, HttpRequestMessage request, CancellationToken cancellationToken)
        where T : SlackResponse
    {
        using var response = await SendRawAsync(method, request, cancellationToken);
        var body = await ReadAsync(method, response, cancellationToken);
        var parsed = Parse<T>(method, body);
        Check(method, parsed);
        return parsed;
    }

    private async Task<HttpResponseMessage> SendRawAsync(string method, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new SlackApiException(method, "connection_failed", SlackErrorKind.Transient, inner: ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SlackApiException(method, "timeout", SlackErrorKind.Transient, inner: ex);
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var retryAfter = response.Headers.RetryAfter?.Delta ?? _limits.DefaultRetryAfter;
            response.Dispose();

            // A response_url is limited on its own: its 429 must not hold back every other student's URL.
            if (method != SlackMethods.ResponseUrl)
            {
                pacer.Pauses.Pause(method, retryAfter);
            }

            telemetry.RateLimited(method);
            logger.LogWarning("Slack {Method} answered 429; pausing it for {RetryAfter}", method, retryAfter);
            throw new SlackApiException(method, "ratelimited", SlackErrorKind.Transient, retryAfter);
        }

        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            var kind = status >= 500 ? SlackErrorKind.Transient
                : status is 401 or 403 ? SlackErrorKind.Authorization
                : SlackErrorKind.Permanent;
            throw new SlackApiException(method, $"http_{status}", kind);
        }

        return response;
    }

    private static async Task<string> ReadAsync(string method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new SlackApiException(method, "connection_failed", SlackErrorKind.Transient, inner: ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SlackApiException(method, "timeout", SlackErrorKind.Transient, inner: ex);
        }
    }

    private static T Parse<T>(string method, string body)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, SlackJson.Options)
                ?? throw new SlackApiException(method, "invalid_response", SlackErrorKind.Transient);
        }
        catch (JsonException ex)
        {
            // Not Slack's JSON (a proxy's error page, a cut-off body): worth another try.
            throw new SlackApiException(method, "invalid_response", SlackErrorKind.Transient, inner: ex);
        }
    }

    private void Check(string method, SlackResponse response)
    {
        var details = response.ResponseMetadata?.Messages is { Count: > 0 } messages ? string.Join("; ", messages) : null;
        if (response.Warning is not null || details is not null)
        {
            logger.LogWarning("Slack {Method} warned: {Warning} {Details}", method, response.Warning, details);
        }

        if (response.Ok)
        {
            return;
        }

        var error = response.Error ?? "unknown_error";
        var kind = SlackErrorClassifier.Classify(error, out var known);
        if (!known)
        {
            logger.LogWarning("Slack {Method} answered an error this client does not know, {Error}; treating it as permanent", method, error);
        }

        throw new SlackApiException(method, error, kind);
    }
}
