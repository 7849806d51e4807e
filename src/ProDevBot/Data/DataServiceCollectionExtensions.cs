using Microsoft.EntityFrameworkCore;

namespace ProDevBot.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionName = "ProDevBot";
    public const string DefaultConnection = "Data Source=prodevbot.db";

    /// <summary>EF Core on SQLite; <c>ConnectionStrings:ProDevBot</c> picks the file (default: prodevbot.db in the working folder).</summary>
    public static IServiceCollection AddProDevData(this IServiceCollection services)
    {
        // Pooled: a slash command is a short unit of work, and building a context per request showed in the load benchmark.
        // The connection string is read when the pool is made, so hosts and tests that add configuration late are honoured.
        services.AddPooledDbContextFactory<ProDevDbContext>(Configure);
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<ProDevDbContext>>().CreateDbContext());
        return services;
    }

    private static void Configure(IServiceProvider provider, DbContextOptionsBuilder options)
    {
        var connection = provider.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionName);
        options.UseSqlite(string.IsNullOrWhiteSpace(connection) ? DefaultConnection : connection);
    }
}
