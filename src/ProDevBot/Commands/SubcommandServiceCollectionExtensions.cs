namespace ProDevBot.Commands;

/// <summary>
/// How a feature adds to `/prodev`: one line per word or action, carrying its help line, example and coach-only
/// flag. A word or action registered twice throws here, so the bot does not start.
/// </summary>
public static class SubcommandServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="T"/> as the answer to `/prodev &lt;word&gt;` (and its aliases).</summary>
    public static IServiceCollection AddSubcommand<T>(this IServiceCollection services, Subcommand subcommand)
        where T : class, IProDevSubcommand
    {
        ArgumentNullException.ThrowIfNull(subcommand);
        Registry(services).Add(subcommand, typeof(T));
        services.AddScoped<T>();
        return services;
    }

    /// <summary>Registers a word whose next word picks an action (`/prodev cohort …`); its actions come with <see cref="AddSubcommandAction{T}"/>.</summary>
    public static IServiceCollection AddSubcommandGroup(this IServiceCollection services, SubcommandGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        Registry(services).AddGroup(group);
        return services;
    }

    /// <summary>Registers <typeparamref name="T"/> as `/prodev &lt;group&gt; &lt;action&gt;`; the group must be registered first.</summary>
    public static IServiceCollection AddSubcommandAction<T>(this IServiceCollection services, string group, Subcommand action)
        where T : class, IProDevSubcommand
    {
        ArgumentNullException.ThrowIfNull(action);
        Registry(services).AddAction(group, action, typeof(T));
        services.AddScoped<T>();
        return services;
    }

    private static SubcommandRegistry Registry(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(SubcommandRegistry))?.ImplementationInstance is SubcommandRegistry registry)
        {
            return registry;
        }

        registry = new SubcommandRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}
