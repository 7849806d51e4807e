using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ProDevBot.Slack.Routing;

/// <summary>
/// When a Slack request arrived, taken from the <see cref="TimeProvider"/> before the body is even read, so a
/// handler's deadline (trigger_id: 3 s) counts from Slack's request rather than from when parsing finished.
/// </summary>
internal static class SlackArrival
{
    private static readonly object Key = new();

    public static void Mark(HttpContext context) =>
        context.Items[Key] = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>The marked instant; now, for a request that was never marked.</summary>
    public static DateTimeOffset Of(HttpContext context) =>
        context.Items.TryGetValue(Key, out var at) && at is DateTimeOffset arrived
            ? arrived
            : context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
