using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;

namespace ProDevBot.Cohorts;

/// <summary>Writes and clears <see cref="RosterOptOut"/> rows in one statement each, so a repeat is harmless.</summary>
public static class RosterOptOuts
{
    public static Task<int> OptOutAsync(ProDevDbContext db, string studentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "RosterOptOuts" ("StudentId") VALUES ({studentId}) ON CONFLICT ("StudentId") DO NOTHING""", cancellationToken);
    }

    public static Task<int> OptInAsync(ProDevDbContext db, string studentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.RosterOptOuts.Where(o => o.StudentId == studentId).ExecuteDeleteAsync(cancellationToken);
    }
}
