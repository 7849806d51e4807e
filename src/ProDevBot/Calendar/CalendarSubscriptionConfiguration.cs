using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ProDevBot.Calendar;

/// <summary>The CalendarSubscriptions table: looked up by token hash, one link per user and feed.</summary>
public sealed class CalendarSubscriptionConfiguration : IEntityTypeConfiguration<CalendarSubscription>
{
    public void Configure(EntityTypeBuilder<CalendarSubscription> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(s => s.TokenHash);
        builder.Property(s => s.TokenHash).HasMaxLength(64);
        builder.Property(s => s.UserId).HasMaxLength(32);
        builder.Property(s => s.Feed).HasMaxLength(48);
        builder.HasIndex(s => new { s.UserId, s.Feed }).IsUnique();
    }
}
