using ProDevBot.Data;
using Quartz;

namespace ProDevBot.Nudges;

public static class NudgeServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with its persistent ADO store in the bot's own database, so triggers survive restarts.
    /// <c>Nudges:SchedulerName</c> names the store's rows; keep it stable in production (and the same on every instance).
    /// SQLite: Quartz creates its QRTZ_ tables in the bot's file. PostgreSQL: the tables come from our PostgreSQL
    /// migrations (the bot's role needs no DDL rights at run time), and the store runs clustered, each instance with an
    /// id of its own, so each trigger fires on exactly one instance and a dead instance's triggers are recovered by another.
    /// </summary>
    public static IServiceCollection AddNudges(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.Read(configuration);
        var name = configuration["Nudges:SchedulerName"] ?? "ProDevBot";
        var checkin = configuration.GetValue("Nudges:ClusterCheckinInterval", TimeSpan.FromSeconds(5));
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = name);
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
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<NudgeScheduleReconciler>();
        services.AddScoped<INudgeScheduler, QuartzNudgeScheduler>();
        return services;
    }
}
