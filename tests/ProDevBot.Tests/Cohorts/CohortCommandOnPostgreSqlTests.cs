using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Cohorts;

/// <summary>Every test of <see cref="CohortCommandTests"/> again, on a real PostgreSQL (see <see cref="TestPostgres"/>).</summary>
public sealed class CohortCommandOnPostgreSqlTests : CohortCommandTests
{
    public CohortCommandOnPostgreSqlTests()
        : base(TestDatabase.PostgreSQL)
    {
    }
}
