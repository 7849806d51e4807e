using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ProDevBot.Web.SignIn;

internal sealed class SignInLinkConfiguration : IEntityTypeConfiguration<SignInLink>
{
    public void Configure(EntityTypeBuilder<SignInLink> builder)
    {
        builder.ToTable("WebSignInLinks");
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.CreatedAt); // pruning old links
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.Property(l => l.CoachId).HasMaxLength(32);

        // Unix milliseconds: "expires after now" and "not yet used" are compared in SQL, the same on every provider.
        builder.Property(l => l.CreatedAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        builder.Property(l => l.ExpiresAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        builder.Property(l => l.UsedAt).HasConversion(
            v => v.HasValue ? v.Value.ToUnixTimeMilliseconds() : (long?)null,
            v => v.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(v.Value) : null);
    }
}
