using System.Diagnostics;
using System.Diagnostics.Metrics;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Slack.Telemetry;

/// <summary>
/// The Slack layer's spans and metrics, both named <see cref="Name"/>: a span per request Slack sends (whichever
/// transport) and per Web API call, a count of requests by kind, transport and status, and of 429s by method.
/// Tags carry only what the layer itself decides (kind, transport, status, method name, Slack's error code): never a
/// user, team or channel id, a token, a URL or any text, since a DM's channel is the student's user id.
/// </summary>
public sealed class SlackTelemetry
{
    public const string Name = "ProDevBot.Slack";

    // Spans have no factory in .NET; one source per process, listened to by name.
    private static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _requests;
    private readonly Counter<long> _rateLimited;

    public SlackTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        _requests = meter.CreateCounter<long>("prodevbot.slack.requests", "{request}", "Requests from Slack answered, by kind, transport and status");
        _rateLimited = meter.CreateCounter<long>("prodevbot.slack.rate_limited", "{response}", "HTTP 429 answers from Slack's Web API, by method");
    }

    /// <summary>Starts the span of a request from Slack: <paramref name="kind"/> is command, interaction or event.</summary>
    public static Activity? StartRequest(string kind, string transport)
    {
        var activity = Source.StartActivity($"slack.{kind}", ActivityKind.Server);
        activity?.SetTag("slack.request.kind", kind);
        activity?.SetTag("slack.transport", transport);
        return activity;
    }

    /// <summary>Ends a request's span with the status answered (Socket Mode: the status the HTTP answer would have had).</summary>
    public void Answered(Activity? activity, string kind, string transport, int status)
    {
        _requests.Add(1, new("kind", kind), new("transport", transport), new("status", status));
        if (activity is null)
        {
            return;
        }

        activity.SetTag("slack.answer.status", status);
        if (status >= 400)
        {
            activity.SetStatus(ActivityStatusCode.Error);
        }
    }

    /// <summary>Starts the span of one Web API call (retries and pacing included), named after its method.</summary>
    public static Activity? StartCall(string method)
    {
        var activity = Source.StartActivity(method, ActivityKind.Client);
        activity?.SetTag("slack.method", method);
        return activity;
    }

    /// <summary>Marks a Web API call's span failed with Slack's error code (or the exception's type), never its message.</summary>
    public static void Failed(Activity? activity, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (activity is null)
        {
            return;
        }

        var code = error is SlackApiException slack ? slack.Error : error.GetType().Name;
        activity.SetTag("error.type", code);
        activity.SetStatus(ActivityStatusCode.Error, code);
    }

    public void RateLimited(string method) => _rateLimited.Add(1, new KeyValuePair<string, object?>("method", method));
}
