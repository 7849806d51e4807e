using Npgsql;

namespace ProDevBot.Data;

/// <summary>
/// <c>Database:Provider</c> and <c>ConnectionStrings:ProDevBot</c>, read and checked together: a PostgreSQL provider
/// with a SQLite file name (or no connection string) stops start-up with a message that says what to set, before any
/// connection is tried. The messages never repeat the connection string: it may hold a password.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Database:Provider";

    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSQL;

    public static DatabaseSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = configuration[ProviderKey];
        var connection = configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionName);
        if (string.IsNullOrWhiteSpace(name) || string.Equals(name, nameof(DatabaseProvider.Sqlite), StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.Sqlite, string.IsNullOrWhiteSpace(connection) ? DataServiceCollectionExtensions.DefaultConnection : connection);
        }

        if (!string.Equals(name, nameof(DatabaseProvider.PostgreSQL), StringComparison.OrdinalIgnoreCase)
            && !string.Equals(name, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{ProviderKey} is '{name}': use Sqlite (the default) or PostgreSQL.");
        }

        return new(DatabaseProvider.PostgreSQL, CheckNpgsql(connection));
    }

    private static string CheckNpgsql(string? connection)
    {
        const string Example = "e.g. \"Host=db.internal;Database=prodevbot;Username=prodevbot;Password=…\"";
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new InvalidOperationException($"{ProviderKey} is PostgreSQL but ConnectionStrings:ProDevBot is empty: set an Npgsql connection string, {Example}.");
        }

        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connection);
        }
        catch (ArgumentException)
        {
            throw new InvalidOperationException($"{ProviderKey} is PostgreSQL but ConnectionStrings:ProDevBot is not an Npgsql connection string (a SQLite 'Data Source=…' file?): {Example}.");
        }

        if (string.IsNullOrWhiteSpace(parsed.Host))
        {
            throw new InvalidOperationException($"{ProviderKey} is PostgreSQL but ConnectionStrings:ProDevBot names no Host: {Example}.");
        }

        return connection;
    }
}
