using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Privacy;

/// <summary>Every test of <see cref="PrivacyTests"/> again, on a real PostgreSQL (see <see cref="TestPostgres"/>).</summary>
public sealed class PrivacyOnPostgreSqlTests : PrivacyTests
{
    public PrivacyOnPostgreSqlTests()
        : base(TestDatabase.PostgreSQL)
    {
    }
}
