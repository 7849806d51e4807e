using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ProDevBot.Cohorts;
using ProDevBot.Outbox;
using ProDevBot.Progress;

namespace ProDevBot.Data;

public sealed class ProDevDbContext(DbContextOptions<ProDevDbContext> options) : DbContext(options)
{
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<CohortPause> CohortPauses => Set<CohortPause>();
    public DbSet<DeliverableCompletion> DeliverableCompletions => Set<DeliverableCompletion>();

    private static readonly ValueConverter<DateTimeOffset, long> UnixMilliseconds =
        new(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Cohort>(cohort =>
        {
            cohort.HasKey(c => c.Id);
            cohort.Property(c => c.Id).HasMaxLength(32);
            cohort.Property(c => c.TimeZone).HasMaxLength(64);
            cohort.Property(c => c.CreatedBy).HasMaxLength(32);
            cohort.Property(c => c.ChannelId).HasMaxLength(32);
            cohort.HasMany(c => c.Pauses).WithOne().HasForeignKey(p => p.CohortId).OnDelete(DeleteBehavior.Cascade);
            cohort.HasMany(c => c.Enrollments).WithOne(e => e.Cohort).HasForeignKey(e => e.CohortId)
                .OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Enrollment>(enrollment =>
        {
            // One row per student: joining another cohort moves the student.
            enrollment.HasKey(e => e.StudentId);
            enrollment.Property(e => e.StudentId).HasMaxLength(32);
            enrollment.HasIndex(e => e.CohortId);
        });

        modelBuilder.Entity<DeliverableCompletion>(completion =>
        {
            completion.HasKey(c => new { c.StudentId, c.Module, c.DeliverableId });
            completion.Property(c => c.StudentId).HasMaxLength(32);
            completion.Property(c => c.DeliverableId).HasMaxLength(64);
        });

        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.HasIndex(m => m.Key).IsUnique();
            message.HasIndex(m => new { m.Status, m.NextAttemptAt });
            message.HasIndex(m => m.LeaseToken);
            message.Property(m => m.Key).HasMaxLength(200);
            message.Property(m => m.Kind).HasMaxLength(40);
            message.Property(m => m.Recipient).HasMaxLength(32);
            message.Property(m => m.LeaseToken).HasMaxLength(32);

            // Instants as Unix milliseconds: compared in SQL (due, lease expiry) the same way on every provider.
            foreach (var property in message.Metadata.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(UnixMilliseconds);
            }
        });
    }
}
