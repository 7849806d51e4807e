using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;

namespace ProDevBot.Data;

public sealed class ProDevDbContext(DbContextOptions<ProDevDbContext> options) : DbContext(options)
{
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Cohort>(cohort =>
        {
            cohort.HasKey(c => c.Id);
            cohort.Property(c => c.Id).HasMaxLength(32);
            cohort.Property(c => c.TimeZone).HasMaxLength(64);
            cohort.Property(c => c.CreatedBy).HasMaxLength(32);
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
    }
}
