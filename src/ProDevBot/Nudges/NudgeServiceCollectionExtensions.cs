using ProDevBot.Data;
using Quartz;

namespace ProDevBot.Nudges;

public static class NudgeServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with its persistent ADO store in the bot's own SQLite file (Quartz creates its QRTZ_ tables), so
    /// triggers survive restarts. <c>Nudges:SchedulerName</c> names the store's rows; keep it stable in production.
    /// PostgreSQL with clustering later: <c>UsePostgres</c> + <c>UseClustering</c> on the same builder.
    /// </summary>
    public static IServiceCollection AddNudges(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionName);
        var name = configuration["Nudges:SchedulerName"] ?? "ProDevBot";
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = name;

                // Each instance its own id (host name and start time): a clustered store tells its nodes apart by it.
                // Quartz asks for it only when the store is clustered; SQLite keeps its one non-clustered id.
                o.GenerateInstanceId = true;
            });
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(string.IsNullOrWhiteSpace(connection) ? DataServiceCollectionExtensions.DefaultConnection : connection);
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<NudgeScheduleReconciler>();
        services.AddScoped<INudgeScheduler, QuartzNudgeScheduler>();
        return services;
    }
}
