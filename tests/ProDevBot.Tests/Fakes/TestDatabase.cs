namespace ProDevBot.Tests.Fakes;

/// <summary>Which database a test host runs on; the same end-to-end tests run on both.</summary>
public enum TestDatabase
{
    Sqlite,
    PostgreSQL,
}
