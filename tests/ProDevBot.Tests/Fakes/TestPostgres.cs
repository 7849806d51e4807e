using Npgsql;

namespace ProDevBot.Tests.Fakes;

/// <summary>
/// The real PostgreSQL server the tests use, named by PRODEVBOT_TEST_POSTGRES (an Npgsql connection string for a plain
/// role owning its database, as production has). Each test host gets a schema of its own in that database, so hosts run
/// side by side without seeing each other's rows; two hosts of one cluster share a schema. A PostgreSQL test without the
/// variable fails with the way to set it: skipping would let the PostgreSQL path go untested unnoticed.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "PRODEVBOT_TEST_POSTGRES";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"This test runs on PostgreSQL and {Variable} is not set. Start a throwaway server with " +
                "`eval \"$(scripts/postgres-test-server.sh start)\"` in this shell, then run the tests again (bash .ci/run does both).");

    /// <returns>A new, empty schema's name.</returns>
    public static string CreateSchema()
    {
        var schema = "test_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE SCHEMA {schema}");
        return schema;
    }

    /// <summary>A connection string whose unqualified tables (ours, EF's history, Quartz's) live in <paramref name="schema"/>.</summary>
    public static string ConnectionString(string schema) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { SearchPath = schema }.ConnectionString;

    public static void DropSchema(string schema)
    {
        using (var connection = new NpgsqlConnection(ConnectionString(schema)))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");
    }

    /// <summary>One scalar from the schema, for tests that look at what the bot wrote.</summary>
    public static T Scalar<T>(string schema, string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString(schema));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return (T)command.ExecuteScalar()!;
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ServerConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
