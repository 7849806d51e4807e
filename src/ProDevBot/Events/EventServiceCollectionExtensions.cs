using ProDevBot.Slack.Routing;

namespace ProDevBot.Events;

public static class EventServiceCollectionExtensions
{
    /// <summary>Each Events API event_id is handled once, however often Slack redelivers it.</summary>
    public static IServiceCollection AddEvents(this IServiceCollection services) =>
        services.AddEventDeduplicator<ProcessedEventDeduplicator>();
}
