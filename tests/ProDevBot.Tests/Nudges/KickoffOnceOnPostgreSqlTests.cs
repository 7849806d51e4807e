using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Nudges;

/// <summary>Every test of <see cref="KickoffOnceTests"/> again, on a real PostgreSQL (see <see cref="TestPostgres"/>).</summary>
public sealed class KickoffOnceOnPostgreSqlTests : KickoffOnceTests
{
    protected override TestDatabase Database => TestDatabase.PostgreSQL;
}
