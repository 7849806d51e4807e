using ProDevBot.Slack.Routing;

namespace ProDevBot.Deliverables;

public static class DeliverableCheckoffServiceCollectionExtensions
{
    /// <summary>Check-offs in `/prodev deliverables`: ticks, Mark done / Undo, and the link modal.</summary>
    public static IServiceCollection AddDeliverableCheckoffs(this IServiceCollection services)
    {
        services.AddScoped<DeliverableProgress>();
        services.AddSingleton<DeliverablesMessage>();
        services.AddScoped<DeliverableCheckoffAction>();
        services.AddScoped<IInteractionHandler>(sp => sp.GetRequiredService<DeliverableCheckoffAction>());
        services.AddInteractionHandler<DeliverableLinkSubmission>();
        return services;
    }
}
