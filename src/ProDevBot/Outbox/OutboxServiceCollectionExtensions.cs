using ProDevBot.Data;
using ProDevBot.Data.Cluster;

namespace ProDevBot.Outbox;

public static class OutboxServiceCollectionExtensions
{
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<SlackDeliveryState>();
        services.AddClusterNoticeListener<SlackDeliveryNotices>();
        services.AddSingleton<DirectMessageChannels>();
        services.AddSingleton<OutboxSender>();
        services.AddScoped<OutboxWriter>();
        if (DatabaseSettings.Read(configuration).IsPostgreSql)
        {
            // Registered before the dispatcher so that a lone instance holds the lock by the time dispatching starts.
            services.AddSingleton<PostgreSqlDispatchLeader>();
            services.AddSingleton<IDispatchLeadership>(provider => provider.GetRequiredService<PostgreSqlDispatchLeader>());
            services.AddHostedService(provider => provider.GetRequiredService<PostgreSqlDispatchLeader>());
        }
        else
        {
            services.AddSingleton<IDispatchLeadership, SingleInstanceLeadership>();
        }

        services.AddHostedService<OutboxDispatcher>();
        services.AddHostedService<SlackDeliveryProbe>();
        services.AddSingleton<OutboxRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxRetention>());
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>("slack-delivery");
        return services;
    }
}
