using ProDevBot.Slack.Routing;

namespace ProDevBot.Home;

public static class HomeServiceCollectionExtensions
{
    /// <summary>The App Home tab, published when a student opens it.</summary>
    public static IServiceCollection AddHome(this IServiceCollection services)
    {
        services.AddScoped<HomeSnapshots>();
        services.AddSlackEventHandler<HomeOpenedHandler>();
        return services;
    }
}
