using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Reports;
using ProDevBot.Web.Html;

namespace ProDevBot.Web.Pages;

/// <summary>
/// `/web/students/{id}`: the record `/prodev student` shows (the same <see cref="StudentRecord"/> message, rendered), then
/// every reflection in full with its prompt, where Slack has room only for the first lines.
/// </summary>
internal static class StudentPage
{
    public static async Task<IResult> GetAsync(string id, ProDevDbContext db, StudentRecord record, CancellationToken cancellationToken)
    {
        var message = await record.BuildAsync(id, cancellationToken);
        var enrollment = await db.Enrollments.AsNoTracking().Include(e => e.Cohort).FirstOrDefaultAsync(e => e.StudentId == id, cancellationToken);
        var body = new StringBuilder(BlockKitHtml.Render(message)).Append('\n');
        if (enrollment?.Cohort is { } cohort)
        {
            body.Insert(0, $"<p><a href=\"/web/cohorts/{HtmlPage.E(Uri.EscapeDataString(cohort.Id))}\">Back to cohort {HtmlPage.E(cohort.Id)}</a></p>\n");
            var reflections = await db.Reflections.AsNoTracking()
                .Where(r => r.StudentId == id && r.Module == cohort.Module).OrderBy(r => r.Week).ToListAsync(cancellationToken);
            body.Append("<h2>Reflections in full</h2>\n");
            if (reflections.Count == 0)
            {
                body.Append("<p>None yet.</p>\n");
            }

            foreach (var reflection in reflections)
            {
                body.Append(CultureInfo.InvariantCulture, $"<h3>Week {reflection.Week}</h3>\n")
                    .Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{HtmlPage.E(reflection.Prompt)}</p>\n")
                    .Append("<blockquote><p>").Append(HtmlPage.E(reflection.Text).ReplaceLineEndings("<br>\n")).Append("</p></blockquote>\n");
            }
        }

        return HtmlPage.Result($"Student {id}", body.ToString(), enrollment is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }
}
