namespace ProDevBot.Outbox;

public static class OutboxServiceCollectionExtensions
{
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<SlackDeliveryState>();
        services.AddSingleton<DirectMessageChannels>();
        services.AddSingleton<OutboxSender>();
        services.AddScoped<OutboxWriter>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddHostedService<SlackDeliveryProbe>();
        services.AddSingleton<OutboxRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxRetention>());
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>("slack-delivery");
        return services;
    }
}
