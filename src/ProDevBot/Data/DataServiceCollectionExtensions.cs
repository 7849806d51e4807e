using Microsoft.EntityFrameworkCore;

namespace ProDevBot.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionName = "ProDevBot";
    public const string DefaultConnection = "Data Source=prodevbot.db";

    /// <summary>EF Core on SQLite; <c>ConnectionStrings:ProDevBot</c> picks the file (default: prodevbot.db in the working folder).</summary>
    public static IServiceCollection AddProDevData(this IServiceCollection services)
    {
        // Read when the first context is made, so hosts and tests that add configuration late are honoured.
        services.AddDbContext<ProDevDbContext>((provider, options) =>
        {
            var connection = provider.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionName);
            options.UseSqlite(string.IsNullOrWhiteSpace(connection) ? DefaultConnection : connection);
        });
        return services;
    }
}
