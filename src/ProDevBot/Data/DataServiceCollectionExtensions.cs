using Microsoft.EntityFrameworkCore;
using ProDevBot.Data.PostgreSql;

namespace ProDevBot.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionName = "ProDevBot";
    public const string DefaultConnection = "Data Source=prodevbot.db";

    /// <summary>
    /// EF Core on the provider <c>Database:Provider</c> names (SQLite by default; <c>ConnectionStrings:ProDevBot</c> picks
    /// the file, default prodevbot.db in the working folder) or PostgreSQL (<c>ConnectionStrings:ProDevBot</c> is then an
    /// Npgsql connection string). A wrong pair stops start-up here with a message saying what to set.
    /// </summary>
    public static IServiceCollection AddProDevData(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.Read(configuration);
        services.AddSingleton(settings);

        // Pooled: a slash command is a short unit of work, and building a context per request showed in the load benchmark.
        if (settings.IsPostgreSql)
        {
            services.AddPooledDbContextFactory<PostgreSqlProDevDbContext>(o => o.UseNpgsql(settings.ConnectionString));
            services.AddSingleton<IDbContextFactory<ProDevDbContext>>(
                provider => new UpcastDbContextFactory<PostgreSqlProDevDbContext>(provider.GetRequiredService<IDbContextFactory<PostgreSqlProDevDbContext>>()));
        }
        else
        {
            services.AddPooledDbContextFactory<ProDevDbContext>(o => o.UseSqlite(settings.ConnectionString));
        }

        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<ProDevDbContext>>().CreateDbContext());
        return services;
    }
}
