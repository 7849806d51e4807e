using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Reflections;

/// <summary>
/// Opens the reflection modal for a student's current (or named) week. Only two indexed reads happen before
/// views.open (the cohort, usually cached, and the saved reflection), so the 3-second trigger is still alive.
/// </summary>
public sealed class ReflectionOpener(
    StudentCohorts students, CurriculumCatalog curriculum, ProDevDbContext db, ISlackApi slack, TimeProvider clock, ILogger<ReflectionOpener> logger)
{
    /// <summary>
    /// Null when the modal opened; otherwise what to tell the student. <c>budget</c> counts from when Slack's request
    /// arrived, as the trigger dies 3 s after it.
    /// </summary>
    public async Task<string?> OpenAsync(string studentId, string triggerId, int? askedWeek, SlackCallBudget budget, CancellationToken cancellationToken)
    {
        var cohort = await students.FindAsync(studentId, cancellationToken);
        if (cohort is null)
        {
            return "Reflections belong to a cohort's weeks, and you're not in a cohort yet. Join yours with `/prodev join <cohort id>` (your coach has the id).";
        }

        var module = curriculum.Find(cohort.Module);
        if (module is null || module.Weeks.Count == 0)
        {
            return $"Module {cohort.Module} has no weekly plan in the curriculum yet, so there is nothing to reflect on here.";
        }

        var number = askedWeek ?? CurrentWeek(cohort);
        if (number is null)
        {
            return $"Your cohort starts module {module.Number} on {LocalTimes.Day(cohort.StartsOn)}. Peek ahead with `/prodev reflect 1`.";
        }

        if (module.FindWeek(number.Value) is not { } week)
        {
            return $"Module {module.Number} has a plan for {module.WeekList()}; there is no week {number}. Try `/prodev reflect 2`.";
        }

        var existing = await db.Reflections.AsNoTracking()
            .Where(r => r.StudentId == studentId && r.Module == module.Number && r.Week == week.Number)
            .Select(r => r.Text)
            .FirstOrDefaultAsync(cancellationToken);
        try
        {
            await slack.OpenViewAsync(triggerId, ReflectionModal.Build(new ReflectionTarget(module.Number, week.Number), week, existing), budget, cancellationToken);
            return null;
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("views.open for a reflection failed: {Error}", e.Error);
            return Commands.Replies.SlackBusy;
        }
    }

    // After week 6 a student can still write (or finish) the last week's reflection.
    private int? CurrentWeek(Cohort cohort)
    {
        var now = CohortCalendar.For(cohort).WeekAt(clock.GetUtcNow());
        return now.Status switch
        {
            ModuleWeekStatus.NotStarted => null,
            ModuleWeekStatus.Over => CohortCalendar.WeeksPerModule,
            _ => now.Week,
        };
    }
}
