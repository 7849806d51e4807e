using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>Adds an interaction handler; handlers are asked in registration order.</summary>
    public static IServiceCollection AddInteractionHandler<THandler>(this IServiceCollection services)
        where THandler : class, IInteractionHandler =>
        services.AddScoped<IInteractionHandler, THandler>();

    /// <summary>Adds an Events API handler; all handlers for an event type run, in registration order.</summary>
    public static IServiceCollection AddSlackEventHandler<THandler>(this IServiceCollection services)
        where THandler : class, ISlackEventHandler =>
        services.AddScoped<ISlackEventHandler, THandler>();

    /// <summary>Makes <c>/slack/events</c> consult <typeparamref name="TDeduplicator"/> before dispatching; the last one registered wins.</summary>
    public static IServiceCollection AddEventDeduplicator<TDeduplicator>(this IServiceCollection services)
        where TDeduplicator : class, IEventDeduplicator =>
        services.AddScoped<IEventDeduplicator, TDeduplicator>();
}
