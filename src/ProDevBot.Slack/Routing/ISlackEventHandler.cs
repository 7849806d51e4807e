using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ProDevBot.Slack.Payloads;

namespace ProDevBot.Slack.Routing;

/// <summary>
/// Handles one Events API event type. Every registered handler for the type runs, in registration order,
/// before Slack gets its 200, so keep it short (3 s budget for all of them) and queue slow work.
/// Register with <see cref="SlackHandlerServiceCollectionExtensions.AddSlackEventHandler{THandler}"/>.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "It handles Slack Events API events, not a .NET event delegate; the name is the one features code against.")]
public interface ISlackEventHandler
{
    /// <summary>The inner event's <c>type</c>, e.g. <c>app_home_opened</c>.</summary>
    string EventType { get; }

    Task HandleAsync(EventCallback callback, CancellationToken cancellationToken);

    /// <summary>
    /// Why <paramref name="inner"/> is not an event this handler can read (a field of the wrong JSON type, say), or
    /// null. Asked before the event is claimed for deduplication; any answer refuses the request with a 400.
    /// Cheap and without I/O. By default every event is accepted.
    /// </summary>
    string? FindProblem(JsonElement inner) => null;
}
