using ProDevBot.Data;
using Quartz;

namespace ProDevBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with its persistent ADO store in the bot's own SQLite file (Quartz creates its QRTZ_ tables), so
    /// triggers survive restarts. <c>Nudges:SchedulerName</c> names the store's rows; keep it stable in production.
    /// PostgreSQL with clustering later: <c>UsePostgres</c> + <c>UseClustering</c> on the same builder.
    /// Features add their own jobs with <see cref="AddDurableJob{TJob}"/>.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionName);
        var name = configuration["Nudges:SchedulerName"] ?? "ProDevBot";
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = name;

                // Each instance its own id (host name and start time): a clustered store tells its nodes apart by it.
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
        services.AddHostedService<DurableJobSetup>();
        return services;
    }

    /// <summary>Stores <typeparamref name="TJob"/> under <paramref name="key"/> at start-up, then runs <paramref name="then"/> if given.</summary>
    public static IServiceCollection AddDurableJob<TJob>(
        this IServiceCollection services, JobKey key, Func<IScheduler, TimeProvider, CancellationToken, Task>? then = null)
        where TJob : class, IJob =>
        services.AddSingleton(new DurableJob(typeof(TJob), key, then));
}
