using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.SlackPacing;

/// <summary>The bot's Slack pause listeners as PostgreSQL sees them: their sessions, and notices sent to them.</summary>
internal static class PauseListeners
{
    private const string Channel = "'prodevbot_slack_pauses_' || md5(current_schema())";
    private const string Sessions = "FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle' " +
        $"AND query = 'LISTEN \"' || {Channel} || '\"'";

    /// <summary>True once exactly <paramref name="instances"/> sessions listen on <paramref name="schema"/>'s channel (within 5 s).</summary>
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

    public static void Notify(string schema, string payload) =>
        TestPostgres.Scalar<long>(schema, $"SELECT count(*) FROM (SELECT pg_notify({Channel}, '{payload.Replace("'", "''", StringComparison.Ordinal)}')) sent");
}
