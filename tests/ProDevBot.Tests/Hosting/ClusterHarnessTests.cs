using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Tests.Fakes;
using Quartz;

namespace ProDevBot.Tests.Hosting;

/// <summary>
/// The cluster the second test pass runs every end-to-end test on (PRODEVBOT_TEST_CLUSTER=1): two instances that
/// each answer Slack, share one clock and one FakeSlack, and are two members of one Quartz cluster.
/// </summary>
public sealed class ClusterHarnessTests
{
    [Fact]
    public async Task SlackRequestsAlternateBetweenTwoInstancesOfOneQuartzCluster()
    {
        using var bot = new BotFactory(TestDatabase.PostgreSQLCluster);
        var slack = bot.CreateSlackClient();

        for (var i = 0; i < 4; i++)
        {
            await slack.CommandAsync("help");
        }

        var peer = bot.Peer!;
        var schedulers = new[]
        {
            await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(),
            await peer.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(),
        };
        Assert.Equal(2, bot.RequestsServed);
        Assert.Equal(2, peer.RequestsServed);
        Assert.Same(bot.Clock, peer.Clock);
        Assert.Same(bot.Slack, peer.Slack);
        Assert.NotEqual(schedulers[0].SchedulerInstanceId, schedulers[1].SchedulerInstanceId);
        Assert.Equal(2L, TestPostgres.Scalar<long>(bot.PostgresSchema!, "SELECT count(*) FROM qrtz_scheduler_state"));
    }

    [Fact]
    public void TestsThatNameNoDatabaseRunOnTheClusterOnlyInTheClusterPass()
    {
        using var bot = new BotFactory();

        Assert.Equal(TestRun.Cluster, bot.Peer is not null);
        Assert.Equal(TestRun.Cluster, bot.PostgresSchema is not null);
    }
}
