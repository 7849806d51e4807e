using ProDevBot.Data;
using Quartz;

namespace ProDevBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with its persistent ADO store in the bot's own database, so triggers survive restarts.
    /// <c>Nudges:SchedulerName</c> names the store's rows; keep it stable in production (and the same on every instance).
    /// SQLite: Quartz creates its QRTZ_ tables in the bot's file. PostgreSQL: the tables come from our PostgreSQL
    /// migrations (the bot's role needs no DDL rights at run time), and the store runs clustered, each instance with an
    /// id of its own, so each trigger fires on exactly one instance and a dead instance's triggers are recovered by another.
    /// Features add their own jobs with <see cref="AddDurableJob{TJob}"/>.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.Read(configuration);
        var name = configuration["Nudges:SchedulerName"] ?? "ProDevBot";
        var checkin = configuration.GetValue("Nudges:ClusterCheckinInterval", TimeSpan.FromSeconds(5));
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
                if (database.IsPostgreSql)
                {
                    store.UsePostgres(database.ConnectionString);

                    // A dead instance is written off after a missed check-in plus the threshold (~15 s by default),
                    // well inside the 60 s the cluster has to pick up a dead instance's work.
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = checkin;
                        c.CheckinMisfireThreshold = checkin * 2;
                    });
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                    store.ProvisionSchema();
                }

                store.UseSystemTextJsonSerializer();
            });
        });
        // First of all hosted services: before Quartz's start, the jobs' setup, and a Socket Mode command that schedules.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(_ => new QuartzLockRows(database, name)));
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
