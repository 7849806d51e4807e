using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ProDevBot.Slack.Routing;
using ProDevBot.Slack.Verification;

namespace ProDevBot.Slack.Tests.Fakes;

/// <summary>
/// The real Kestrel pipeline on a loopback port with AddSlack + MapSlack and recording handlers,
/// plus a client that signs requests the way Slack does. The clock is a FakeTimeProvider.
/// </summary>
public sealed class SlackTestHost : IAsyncDisposable
{
    public const string Secret = "test-signing-secret-0123456789";

    private SlackTestHost(WebApplication app, FakeTimeProvider time, ListLoggerProvider logs)
    {
        App = app;
        Time = time;
        Logs = logs;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public WebApplication App { get; }
    public FakeTimeProvider Time { get; }
    public ListLoggerProvider Logs { get; }
    public HttpClient Client { get; }
    public Recorder Recorder => App.Services.GetRequiredService<Recorder>();

    public static async Task<SlackTestHost> StartAsync(string? secret = Secret, string environment = "Development")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = secret,
            ["Slack:BotToken"] = "xoxb-test-host-token", // Production requires one
        });
        var logs = new ListLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);

        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSlack(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton<Recorder>();
        builder.Services.AddSlashCommandHandler<RecordingCommandHandler>();
        builder.Services.AddSlashCommandHandler<ThrowingCommandHandler>();
        builder.Services.AddInteractionHandler<RecordingInteractionHandler>(
            new(InteractionKind.BlockAction, "pick_week"), new(InteractionKind.BlockAction, "done"), new(InteractionKind.ViewSubmission, "reflection"));
        builder.Services.AddSlackEventHandler<RecordingAppHomeOpenedHandler>();
        builder.Services.AddSlackEventHandler<ThrowingMemberJoinedHandler>();
        builder.Services.AddEventDeduplicator<SeenEventDeduplicator>();

        var app = builder.Build();
        app.MapSlack();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new SlackTestHost(app, time, logs);
    }

    public string Timestamp(TimeSpan offset = default) =>
        (Time.GetUtcNow() + offset).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>A request signed with <paramref name="secret"/> at now + <paramref name="clockOffset"/>.</summary>
    public HttpRequestMessage SignedPost(string path, byte[] body, string contentType, TimeSpan clockOffset = default, string secret = Secret)
    {
        var timestamp = Timestamp(clockOffset);
        var request = UnsignedPost(path, body, contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Compute(secret, timestamp, body));
        return request;
    }

    public HttpRequestMessage SignedPost(string path, string body, string contentType) =>
        SignedPost(path, Encoding.UTF8.GetBytes(body), contentType);

    public static HttpRequestMessage UnsignedPost(string path, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        // Set verbatim: the tests control exact casing and parameters of the header.
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => Client.SendAsync(request);

    public static string Form(params (string Key, string Value)[] fields) =>
        string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));

    public static MediaTypeHeaderValue? ContentTypeOf(HttpResponseMessage response) => response.Content.Headers.ContentType;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
