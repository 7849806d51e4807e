using ProDevBot.Events;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Home;

public static class HomeServiceCollectionExtensions
{
    /// <summary>The App Home tab, and event deduplication, since the Home tab is what the bot subscribes to events for.</summary>
    public static IServiceCollection AddHome(this IServiceCollection services)
    {
        services.AddEventDeduplication();
        services.AddScoped<HomeSnapshots>();
        services.AddSlackEventHandler<HomeOpenedHandler>();
        return services;
    }
}
