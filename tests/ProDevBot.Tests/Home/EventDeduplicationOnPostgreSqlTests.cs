using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Home;

/// <summary>Every test of <see cref="EventDeduplicationTests"/> again, on a real PostgreSQL (see <see cref="TestPostgres"/>).</summary>
public sealed class EventDeduplicationOnPostgreSqlTests : EventDeduplicationTests
{
    public EventDeduplicationOnPostgreSqlTests()
        : base(TestDatabase.PostgreSQL)
    {
    }
}
