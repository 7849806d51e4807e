namespace ProDevBot.Outbox;

public static class OutboxServiceCollectionExtensions
{
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.SendTimeout <= o.Lease / 2, "Outbox:SendTimeout must be at most half of Outbox:Lease, so a send ends well inside its claim.")
            .ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<SlackDeliveryState>();
        services.AddSingleton<DirectMessageChannels>();
        services.AddSingleton<OutboxSender>();
        services.AddScoped<Outbox>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>("slack-delivery");
        return services;
    }
}
