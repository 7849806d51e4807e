using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ProDevBot.Cohorts;
using ProDevBot.Outbox;
using ProDevBot.Home;
using ProDevBot.NetworkLog;
using ProDevBot.Progress;
using ProDevBot.Reflections;
using ProDevBot.Reports;

namespace ProDevBot.Data;

/// <summary>The bot's data. Unsealed only for <see cref="PostgreSql.PostgreSqlProDevDbContext"/>, which carries the PostgreSQL migrations.</summary>
public class ProDevDbContext : DbContext, IDataProtectionKeyContext
{
    public ProDevDbContext(DbContextOptions<ProDevDbContext> options)
        : base(options)
    {
    }

    protected ProDevDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<CohortPause> CohortPauses => Set<CohortPause>();
    public DbSet<DeliverableCompletion> DeliverableCompletions => Set<DeliverableCompletion>();
    public DbSet<ChecklistItemCompletion> ChecklistItemCompletions => Set<ChecklistItemCompletion>();
    public DbSet<Reflection> Reflections => Set<Reflection>();
    public DbSet<NetworkingActivity> NetworkingActivities => Set<NetworkingActivity>();
    public DbSet<HomeVisit> HomeVisits => Set<HomeVisit>();
    public DbSet<ProcessedEvent> ProcessedEvents => Set<ProcessedEvent>();
    public DbSet<CoachSetting> CoachSettings => Set<CoachSetting>();
    public DbSet<RosterOptOut> RosterOptOuts => Set<RosterOptOut>();
    public DbSet<Deliverables.DeliverableClick> DeliverableClicks => Set<Deliverables.DeliverableClick>();
    public DbSet<Nudges.NudgeRun> NudgeRuns => Set<Nudges.NudgeRun>();
    public DbSet<Groups.StudentGroup> StudentGroups => Set<Groups.StudentGroup>();
    public DbSet<Groups.GroupMember> GroupMembers => Set<Groups.GroupMember>();
    public DbSet<Groups.CohortGroupSettings> CohortGroupSettings => Set<Groups.CohortGroupSettings>();
    public DbSet<Calendar.CalendarSubscription> CalendarSubscriptions => Set<Calendar.CalendarSubscription>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Web.SignIn.SignInLink> WebSignInLinks => Set<Web.SignIn.SignInLink>();

    private static readonly ValueConverter<DateTimeOffset, long> UnixMilliseconds =
        new(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        Groups.GroupsModel.Configure(modelBuilder);
        modelBuilder.ApplyConfiguration(new Calendar.CalendarSubscriptionConfiguration());

        modelBuilder.ApplyConfiguration(new Web.SignIn.SignInLinkConfiguration());
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

        modelBuilder.Entity<RosterOptOut>(optOut =>
        {
            optOut.HasKey(o => o.StudentId);
            optOut.Property(o => o.StudentId).HasMaxLength(32);
        });

        modelBuilder.Entity<Deliverables.DeliverableClick>(click =>
        {
            click.HasKey(c => new { c.StudentId, c.Module, c.DeliverableId });
            click.Property(c => c.StudentId).HasMaxLength(32);
            click.Property(c => c.DeliverableId).HasMaxLength(64);
        });

        modelBuilder.Entity<Nudges.NudgeRun>(run =>
        {
            run.HasKey(r => new { r.CohortId, r.Occurrence });
            run.Property(r => r.CohortId).HasMaxLength(32);
            run.Property(r => r.Occurrence).HasMaxLength(64);
        });

        modelBuilder.Entity<DeliverableCompletion>(completion =>
        {
            completion.HasKey(c => new { c.StudentId, c.Module, c.DeliverableId });
            completion.Property(c => c.StudentId).HasMaxLength(32);
            completion.Property(c => c.DeliverableId).HasMaxLength(64);
            completion.Property(c => c.Url).HasMaxLength(3000);
        });

        modelBuilder.Entity<ChecklistItemCompletion>(item =>
        {
            item.HasKey(c => new { c.StudentId, c.Module, c.DeliverableId, c.ItemId });
            item.Property(c => c.StudentId).HasMaxLength(32);
            item.Property(c => c.DeliverableId).HasMaxLength(64);
            item.Property(c => c.ItemId).HasMaxLength(64);
        });

        modelBuilder.Entity<Reflection>(reflection =>
        {
            reflection.HasIndex(r => new { r.StudentId, r.Module, r.Week }).IsUnique();
            reflection.Property(r => r.StudentId).HasMaxLength(32);
            reflection.Property(r => r.Prompt).HasMaxLength(2000);
            reflection.Property(r => r.Text).HasMaxLength(3000);
        });

        modelBuilder.Entity<NetworkingActivity>(activity =>
        {
            activity.HasIndex(a => new { a.StudentId, a.Module });
            activity.Property(a => a.StudentId).HasMaxLength(32);
            activity.Property(a => a.ContactName).HasMaxLength(100);
            activity.Property(a => a.ContactRole).HasMaxLength(100);
            activity.Property(a => a.ContactCompany).HasMaxLength(100);
            activity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            activity.Property(a => a.Learned).HasMaxLength(3000);
            activity.Property(a => a.GoalsLink).HasMaxLength(3000);
        });

        modelBuilder.Entity<CoachSetting>(setting =>
        {
            setting.HasKey(c => c.CoachId);
            setting.Property(c => c.CoachId).HasMaxLength(32);
        });

        modelBuilder.Entity<HomeVisit>(visit =>
        {
            visit.HasKey(v => v.UserId);
            visit.Property(v => v.UserId).HasMaxLength(32);
        });

        modelBuilder.Entity<ProcessedEvent>(processed =>
        {
            processed.HasKey(e => e.EventId);
            processed.Property(e => e.EventId).HasMaxLength(64);
            processed.HasIndex(e => e.ReceivedAt);
        });

        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.HasIndex(m => m.Key).IsUnique();
            message.HasIndex(m => new { m.Status, m.NextAttemptAt });
            message.HasIndex(m => m.LeaseToken);
            message.HasIndex(m => m.CreatedAt); // retention pruning
            message.Property(m => m.Key).HasMaxLength(200);
            message.Property(m => m.Kind).HasMaxLength(40);
            message.Property(m => m.Recipient).HasMaxLength(120); // a user, a channel, or up to 8 user ids of a group DM
            message.Property(m => m.LeaseToken).HasMaxLength(32);

            // Instants as Unix milliseconds: compared in SQL (due, lease expiry) the same way on every provider.
            foreach (var property in message.Metadata.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(UnixMilliseconds);
            }
        });
    }
}
