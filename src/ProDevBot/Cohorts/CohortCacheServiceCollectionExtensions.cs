using ProDevBot.Data;

namespace ProDevBot.Cohorts;

public static class CohortCacheServiceCollectionExtensions
{
    /// <summary>On PostgreSQL, enrollment changes reach every instance's student→cohort cache through LISTEN/NOTIFY.</summary>
    public static IServiceCollection AddCohortCacheSync(this IServiceCollection services, IConfiguration configuration)
    {
        var shared = DatabaseSettings.Read(configuration).IsPostgreSql;
        services.AddSingleton(new CohortCacheChanges(shared));
        if (shared)
        {
            services.AddHostedService<PostgreSqlCohortCacheSync>();
        }

        return services;
    }
}
