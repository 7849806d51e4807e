namespace ProDevBot.Tests.Fakes;

/// <summary>Which database a test host runs on; the same end-to-end tests run on each.</summary>
public enum TestDatabase
{
    Sqlite,
    PostgreSQL,

    /// <summary>Two instances of the bot on one PostgreSQL schema, one clock and one FakeSlack; Slack's requests alternate between them.</summary>
    PostgreSQLCluster,
}

/// <summary>
/// Where a test that does not name a database runs: on SQLite, or, when PRODEVBOT_TEST_CLUSTER=1 (the second pass of
/// scripts/test.sh), on a cluster of two instances on PostgreSQL, so the end-to-end tests prove both.
/// </summary>
public static class TestRun
{
    public const string ClusterVariable = "PRODEVBOT_TEST_CLUSTER";

    public static bool Cluster => Environment.GetEnvironmentVariable(ClusterVariable) == "1";

    public static TestDatabase Database => Cluster ? TestDatabase.PostgreSQLCluster : TestDatabase.Sqlite;
}
