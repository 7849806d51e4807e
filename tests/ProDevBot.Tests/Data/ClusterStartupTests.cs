using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Data;

/// <summary>A deploy starts several instances at the same moment on one PostgreSQL schema: all of them come up.</summary>
public sealed class ClusterStartupTests
{
    [Fact]
    public async Task TwoInstancesStartedAtOnceOnAnEmptySchemaBothComeUpAndMigrateItOnceWithoutAnError()
    {
        var logs = new CapturedLogs();
        using var first = new BotFactory(TestDatabase.PostgreSQL) { Logs = logs };
        using var second = new BotFactory(TestDatabase.PostgreSQL, now: first.Clock.GetUtcNow(), clusterPeerOf: first) { Logs = logs };

        var clients = await Task.WhenAll(Task.Run(first.CreateSlackClient), Task.Run(second.CreateSlackClient));

        Assert.All(await Task.WhenAll(clients.Select(ReadyAsync)), status => Assert.Equal(HttpStatusCode.OK, status));
        var schema = first.PostgresSchema!;
        Assert.Equal(
            TestPostgres.Scalar<long>(schema, "SELECT count(DISTINCT \"MigrationId\") FROM \"__EFMigrationsHistory\""),
            TestPostgres.Scalar<long>(schema, "SELECT count(*) FROM \"__EFMigrationsHistory\""));
        Assert.Equal(2L, TestPostgres.Scalar<long>(schema, "SELECT count(*) FROM qrtz_scheduler_state"));
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)); // e.g. EF reading its history table before creating it
    }

    [Fact]
    public async Task TwoInstancesRestartedAtOnceOverExistingCohortsBothComeUpWithOneSetOfTriggers()
    {
        var seed = new BotFactory(TestDatabase.PostgreSQL, keepFiles: true);
        var slack = seed.CreateSlackClient();
        await slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        await slack.CommandAsync("cohort add 2604 module 2 starts 2026-03-02 tz Europe/London", BotFactory.CoachId);
        await slack.CommandAsync("join 2603");
        await new Simulation(seed).SettleAsync(); // one-off triggers due now (the welcome, a first sync) have fired
        var schema = seed.PostgresSchema!;
        var triggers = TestPostgres.Scalar<string>(schema, TriggerNames);
        seed.Dispose();

        // Each start reconciles every cohort's triggers: the second must not die on the first's new ones.
        using var a = new BotFactory(TestDatabase.PostgreSQL, now: seed.Clock.GetUtcNow(), restartOf: seed);
        using var b = new BotFactory(TestDatabase.PostgreSQL, now: seed.Clock.GetUtcNow(), clusterPeerOf: a);
        var clients = await Task.WhenAll(Task.Run(a.CreateSlackClient), Task.Run(b.CreateSlackClient));

        Assert.All(await Task.WhenAll(clients.Select(ReadyAsync)), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(triggers, TestPostgres.Scalar<string>(schema, TriggerNames));
        Assert.Contains("Module 1 · Week 2", (await clients[1].CommandAsync("week")).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInstanceStartingWhileAnotherInsertsQuartzLockRowsComesUpOnceThatCommits()
    {
        var seed = new BotFactory(TestDatabase.PostgreSQL, keepFiles: true);
        seed.CreateSlackClient(); // migrates the schema
        var schema = seed.PostgresSchema!;
        seed.Dispose();

        // Another instance of a new scheduler, mid-way through inserting the lock rows Quartz takes first.
        const string Scheduler = "prodevbot-fresh";
        await using var other = new NpgsqlConnection(TestPostgres.ConnectionString(schema));
        await other.OpenAsync();
        await using var inserting = await other.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            $"INSERT INTO qrtz_locks VALUES ('{Scheduler}', 'TRIGGER_ACCESS'), ('{Scheduler}', 'STATE_ACCESS')", other, inserting))
        {
            await insert.ExecuteNonQueryAsync();
        }

        using var starting = new BotFactory(
            TestDatabase.PostgreSQL, new Dictionary<string, string?> { ["Nudges:SchedulerName"] = Scheduler }, seed.Clock.GetUtcNow(), restartOf: seed);
        var client = Task.Run(starting.CreateSlackClient);
        Assert.True(await InsertIsWaitingAsync(schema), "the starting instance never waited on the lock rows");
        await inserting.CommitAsync();

        // Quartz alone would find no row, lose the insert race and wait a retry period on the bot's clock, which is
        // the fake one here and never moves: start-up would never finish.
        Assert.Equal(HttpStatusCode.OK, await ReadyAsync(await client.WaitAsync(TimeSpan.FromSeconds(30))));
        Assert.Equal(2L, TestPostgres.Scalar<long>(schema, $"SELECT count(*) FROM qrtz_locks WHERE sched_name = '{Scheduler}'"));
    }

    [Fact]
    public void TheLockRowsAreWrittenBeforeAnyOtherHostedServiceStarts()
    {
        using var bot = new BotFactory(TestDatabase.PostgreSQL);
        bot.CreateSlackClient();

        // Hosted services start in this order; Socket Mode (started before Quartz) may schedule a job at once.
        var first = bot.Services.GetServices<IHostedService>().First();

        Assert.IsType<ProDevBot.Scheduling.QuartzLockRows>(first);
    }

    /// <summary>Whether, within 30 s, some session waits on a row lock to insert into qrtz_locks (the start-up has reached them).</summary>
    private static async Task<bool> InsertIsWaitingAsync(string schema)
    {
        const string Waiting = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE 'INSERT INTO qrtz_locks%'";
        for (var i = 0; i < 300; i++)
        {
            if (TestPostgres.Scalar<long>(schema, Waiting) > 0)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private const string TriggerNames = "SELECT string_agg(trigger_group || '.' || trigger_name, ' ' ORDER BY trigger_group, trigger_name) FROM qrtz_triggers";

    private static async Task<HttpStatusCode> ReadyAsync(SlackClient client)
    {
        using var response = await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return response.StatusCode;
    }
}
