using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Outbox;

/// <summary>Every test of <see cref="OutboxSenderTests"/> again, on a real PostgreSQL (claims with SKIP LOCKED).</summary>
public sealed class OutboxSenderOnPostgreSqlTests : OutboxSenderTests
{
    public OutboxSenderOnPostgreSqlTests()
        : base(TestDatabase.PostgreSQL)
    {
    }
}
