namespace ProDevBot.Data.Cluster;

public static class ClusterNoticesServiceCollectionExtensions
{
    /// <summary>Notices between instances: over PostgreSQL LISTEN/NOTIFY, or nowhere for a lone SQLite instance.</summary>
    public static IServiceCollection AddClusterNotices(this IServiceCollection services, IConfiguration configuration)
    {
        var shared = DatabaseSettings.Read(configuration).IsPostgreSql;
        services.AddSingleton(new ClusterNotices(shared));
        if (shared)
        {
            services.AddHostedService<PostgreSqlClusterNotices>();
        }

        return services;
    }

    public static IServiceCollection AddClusterNoticeListener<TListener>(this IServiceCollection services)
        where TListener : class, IClusterNoticeListener =>
        services.AddSingleton<IClusterNoticeListener, TListener>();
}
