using Microsoft.EntityFrameworkCore;

namespace ProDevBot.Groups;

/// <summary>The groups tables, configured here so the DbContext only lists them.</summary>
public static class GroupsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<StudentGroup>(group =>
        {
            group.HasIndex(g => new { g.Round, g.Number }).IsUnique();
            group.HasIndex(g => new { g.Kind, g.Week });
            group.Property(g => g.Round).HasMaxLength(200);
            group.Property(g => g.Kind).HasConversion<string>().HasMaxLength(20);
            group.Property(g => g.RoomUrl).HasMaxLength(3000);
            group.Property(g => g.FormedBy).HasMaxLength(32);
            group.HasMany(g => g.Members).WithOne(m => m.Group).HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<GroupMember>(member =>
        {
            member.HasKey(m => new { m.GroupId, m.StudentId });
            member.HasIndex(m => new { m.Round, m.StudentId }).IsUnique();
            member.HasIndex(m => m.StudentId);
            member.Property(m => m.Round).HasMaxLength(200);
            member.Property(m => m.StudentId).HasMaxLength(32);
            member.Property(m => m.CohortId).HasMaxLength(32);
        });

        modelBuilder.Entity<CohortGroupSettings>(settings =>
        {
            settings.HasKey(s => s.CohortId);
            settings.Property(s => s.CohortId).HasMaxLength(32);
            settings.Property(s => s.DefaultRoomUrl).HasMaxLength(3000);
        });
    }
}
