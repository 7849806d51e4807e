namespace ProDevBot.Commands;

public static class SubcommandServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="T"/> as the answer to `/prodev &lt;name&gt;` for each name given.</summary>
    public static IServiceCollection AddSubcommand<T>(this IServiceCollection services, params string[] names)
        where T : class, IProDevSubcommand
    {
        var catalog = services.FirstOrDefault(d => d.ServiceType == typeof(SubcommandCatalog))?.ImplementationInstance as SubcommandCatalog;
        if (catalog is null)
        {
            catalog = new SubcommandCatalog();
            services.AddSingleton(catalog);
        }

        catalog.Add(typeof(T), names);
        services.AddScoped<T>();
        return services;
    }
}
