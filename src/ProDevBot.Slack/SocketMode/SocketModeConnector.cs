using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ProDevBot.Slack.SocketMode;

/// <summary>
/// Opens one Socket Mode connection: <c>apps.connections.open</c> with the app-level token, then a WebSocket to the
/// URL it returns, exactly as given. Each URL is single-use, so every connection (reconnects too) starts here.
/// Errors name the Slack error code only; the token and the URL (it carries a ticket) never appear.
/// </summary>
internal sealed class SocketModeConnector(IHttpClientFactory httpClients, IOptionsMonitor<SlackOptions> options)
{
    internal const string HttpClientName = "ProDevBot.Slack.SocketMode";

    public async Task<SocketModeConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var slack = options.CurrentValue;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(slack.ApiBaseUrl, "apps.connections.open"))
        {
            Content = new FormUrlEncodedContent([]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", slack.AppToken);

        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new SocketModeException($"apps.connections.open answered HTTP {(int)response.StatusCode}.");
        }

        var reply = await response.Content.ReadFromJsonAsync<OpenReply>(SlackJson.Inbound, cancellationToken);
        if (reply is not { Ok: true, Url: { Length: > 0 } url } || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new SocketModeException($"apps.connections.open failed: {reply?.Error ?? "no url in the reply"}.");
        }

        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
        }
        catch (WebSocketException e)
        {
            socket.Dispose();
            throw new SocketModeException($"The Socket Mode WebSocket did not open ({e.WebSocketErrorCode}).");
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new SocketModeConnection(socket);
    }

    private sealed record OpenReply(bool Ok, string? Url, string? Error);
}
