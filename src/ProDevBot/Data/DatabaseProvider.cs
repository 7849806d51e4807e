namespace ProDevBot.Data;

/// <summary>Which database the bot keeps its data (and Quartz its triggers) in: <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file: one instance (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by one or more instances.</summary>
    PostgreSQL,
}
