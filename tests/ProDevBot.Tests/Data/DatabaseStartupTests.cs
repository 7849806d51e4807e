using Microsoft.Data.Sqlite;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Data;

public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task AStartKilledWhileMigratingDoesNotHangTheNextStart()
    {
        using var bot = new BotFactory();

        // What EF Core leaves behind when the process dies holding its migration lock.
        await using (var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-03-11 16:59:00+00:00');
                """;
            await command.ExecuteNonQueryAsync();
        }

        // A hang is the failure: without the fix EF Core waits for the lock row forever.
        var slack = await Task.Run(bot.CreateSlackClient).WaitAsync(TimeSpan.FromSeconds(60));
        var created = await slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);

        Assert.Contains("Created cohort *2603*", created.AllText, StringComparison.Ordinal);
    }
}
