using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ProDevBot.Slack.Routing;

/// <summary>
/// Registers Slack handlers as scoped services (one instance per request, so they may use a DbContext).
/// Equivalent to <c>AddScoped&lt;ISlashCommandHandler, T&gt;()</c> etc.; these names just read better in Program.cs.
/// </summary>
public static class SlackHandlerServiceCollectionExtensions
{
    /// <summary>
    /// Adds a slash command handler. If two handlers claim the same command, the first registered wins.
    /// </summary>
    public static IServiceCollection AddSlashCommandHandler<THandler>(this IServiceCollection services)
        where THandler : class, ISlashCommandHandler =>
        services.AddScoped<ISlashCommandHandler, THandler>();

    /// <summary>
    /// Makes <typeparamref name="THandler"/> the one handler for <paramref name="route"/> and each of <paramref name="more"/>
    /// (an action_id or a callback_id); a key another handler already claims throws, naming both, so a clash stops start-up.
    /// </summary>
    public static IServiceCollection AddInteractionHandler<THandler>(this IServiceCollection services, InteractionRoute route, params InteractionRoute[] more)
        where THandler : class, IInteractionHandler
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(more);
        InteractionRoute[] routes = [route, .. more];

        var table = services.FirstOrDefault(d => d.ServiceType == typeof(InteractionRoutes))?.ImplementationInstance as InteractionRoutes;
        if (table is null)
        {
            table = new InteractionRoutes();
            services.AddSingleton(table);
        }

        foreach (var each in routes)
        {
            table.Add(each, typeof(THandler));
        }

        services.TryAddScoped<THandler>();
        return services;
    }

    /// <summary>Makes <typeparamref name="TGate"/> the check on every restricted interaction route.</summary>
    public static IServiceCollection AddInteractionGate<TGate>(this IServiceCollection services)
        where TGate : class, IInteractionGate =>
        services.AddScoped<IInteractionGate, TGate>();

    /// <summary>Adds an Events API handler; all handlers for an event type run, in registration order.</summary>
    public static IServiceCollection AddSlackEventHandler<THandler>(this IServiceCollection services)
        where THandler : class, ISlackEventHandler =>
        services.AddScoped<ISlackEventHandler, THandler>();

    /// <summary>Makes <c>/slack/events</c> consult <typeparamref name="TDeduplicator"/> before dispatching; the last one registered wins.</summary>
    public static IServiceCollection AddEventDeduplicator<TDeduplicator>(this IServiceCollection services)
        where TDeduplicator : class, IEventDeduplicator =>
        services.AddScoped<IEventDeduplicator, TDeduplicator>();
}
