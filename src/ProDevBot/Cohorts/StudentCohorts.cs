using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;

namespace ProDevBot.Cohorts;

/// <summary>Finds the cohort a student is in, if any.</summary>
public sealed class StudentCohorts(ProDevDbContext db)
{
    public Task<Cohort?> FindAsync(string studentId, CancellationToken cancellationToken) =>
        db.Enrollments.AsNoTracking()
            .Where(e => e.StudentId == studentId)
            .Select(e => e.Cohort)
            .FirstOrDefaultAsync(cancellationToken);
}
