using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.SlackPacing;

/// <summary>
/// The instances' cluster notice listeners as PostgreSQL sees them (sessions whose last LISTEN is on this schema's
/// channels), and Slack pause notices sent to them by hand.
/// </summary>
internal static class PauseListeners
{
    private const string Scope = "left(md5(current_schema()), 12)";
    private const string Sessions = "FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle' " +
        $"AND query LIKE 'LISTEN %' AND right(query, 13) = '_' || {Scope}";

    /// <summary>True once exactly <paramref name="instances"/> sessions listen on <paramref name="schema"/>'s channels (within 5 s).</summary>
    public static async Task<bool> WaitForAsync(string schema, int instances)
    {
        for (var tries = 0; tries < 200; tries++)
        {
            if (TestPostgres.Scalar<long>(schema, $"SELECT count(*) {Sessions}") == instances)
            {
                return true;
            }

            await Task.Delay(25);
        }

        return false;
    }

    /// <summary>Ends every listener's session, as a database restart or a dropped connection would; returns how many.</summary>
    public static long Disconnect(string schema) =>
        TestPostgres.Scalar<long>(schema, $"SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) {Sessions}");

    public static void Notify(string schema, string payload) => TestPostgres.Scalar<long>(schema,
        $"SELECT count(*) FROM (SELECT pg_notify('slack_pauses_' || {Scope}, '{payload.Replace("'", "''", StringComparison.Ordinal)}')) sent");
}
