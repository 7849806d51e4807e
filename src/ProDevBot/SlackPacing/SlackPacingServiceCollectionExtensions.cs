using ProDevBot.Data;
using ProDevBot.Data.Cluster;
using ProDevBot.Slack.WebApi.Pacing;

namespace ProDevBot.SlackPacing;

public static class SlackPacingServiceCollectionExtensions
{
    /// <summary>
    /// On PostgreSQL (one or more instances), Slack's workspace limits are kept by the cluster, not by each instance:
    /// 429 pauses reach every instance as cluster notices (LISTEN/NOTIFY), and paced calls take their slots from the database.
    /// On SQLite (one instance) the Slack client's own limiters stay in charge.
    /// </summary>
    public static IServiceCollection AddClusterSlackPacing(this IServiceCollection services, IConfiguration configuration)
    {
        if (!DatabaseSettings.Read(configuration).IsPostgreSql)
        {
            return services;
        }

        services.AddSingleton<ISlackPauseBroadcast, SlackPauseAnnouncer>();
        services.AddClusterNoticeListener<SlackPauseListener>();
        services.AddSingleton<PostgreSqlSlackSlots>();
        services.AddSingleton<ISlackSharedSlots>(provider => provider.GetRequiredService<PostgreSqlSlackSlots>());
        return services;
    }
}
