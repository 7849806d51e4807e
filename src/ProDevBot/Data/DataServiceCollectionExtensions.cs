using Microsoft.EntityFrameworkCore;

namespace ProDevBot.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionName = "ProDevBot";
    public const string DefaultConnection = "Data Source=prodevbot.db";

    /// <summary>EF Core on SQLite; <c>ConnectionStrings:ProDevBot</c> picks the file (default: prodevbot.db in the working folder).</summary>
    public static IServiceCollection AddProDevData(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration.GetConnectionString(ConnectionName);
        services.AddDbContext<ProDevDbContext>(options =>
            options.UseSqlite(string.IsNullOrWhiteSpace(connection) ? DefaultConnection : connection));
        return services;
    }
}
