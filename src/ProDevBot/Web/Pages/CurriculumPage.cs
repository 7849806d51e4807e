using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Deliverables;
using ProDevBot.Progress;
using ProDevBot.Web.Html;
using ProDevBot.ThisWeek;

namespace ProDevBot.Web.Pages;

/// <summary>
/// `/web/curriculum[/{module}]`: each week as a student sees it in Slack (the `/prodev week` message) and the module's
/// deliverables with their check-offs (the `/prodev deliverables` message for a student who has done nothing yet), so a
/// coach can check an edited curriculum before students get it. The curriculum is fixed once loaded, so each module's
/// HTML is built once and kept.
/// </summary>
public sealed class CurriculumPage(CurriculumCatalog curriculum, WeekMessage weeks, DeliverablesMessage deliverables)
{
    private static readonly DeliverableProgress.Snapshot NothingDone =
        new(new Dictionary<string, DeliverableCompletion>(), Array.Empty<(string, string)>().ToLookup(p => p.Item1, p => p.Item2));

    private readonly ConcurrentDictionary<int, string> _rendered = new();

    public IResult Index()
    {
        var items = curriculum.Modules.Select(m =>
            string.Create(CultureInfo.InvariantCulture, $"<li><a href=\"/web/curriculum/{m.Number}\">Module {m.Number}: {HtmlPage.E(m.Title)}</a> ({m.Weeks.Count} weeks, {m.Deliverables.Count} deliverables)</li>"));
        return HtmlPage.Result("Curriculum", $"<p>Each module as students see it in Slack.</p>\n<ul>{string.Concat(items)}</ul>");
    }

    public IResult Module(int number) =>
        curriculum.Find(number) is { } module
            ? HtmlPage.Result($"Module {module.Number}: {module.Title}", _rendered.GetOrAdd(number, _ => Render(module)))
            : HtmlPage.Result("Not found", $"<p>There is no module {number.ToString(CultureInfo.InvariantCulture)}.</p><p><a href=\"/web/curriculum\">All modules</a></p>", StatusCodes.Status404NotFound);

    private string Render(Curriculum.Module module)
    {
        var scope = new ModuleScope(module, null, null);
        var html = new StringBuilder("<p class=\"muted\">Buttons and checkboxes are shown as students see them; they do nothing here. Dates are module weeks: real dates depend on the cohort.</p>\n");
        html.Append("<nav aria-label=\"Weeks\"><p>")
            .AppendJoin(" · ", module.Weeks.Select(w => string.Create(CultureInfo.InvariantCulture, $"<a href=\"#week-{w.Number}\">Week {w.Number}</a>")))
            .Append(" · <a href=\"#deliverables\">Deliverables</a></p></nav>\n");
        foreach (var week in module.Weeks)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"week-{week.Number}\">Week {week.Number}: {HtmlPage.E(week.Topic)}</h2>\n")
                .Append("<p class=\"muted\">What <code>/prodev week</code> and the Monday kickoff show:</p>\n")
                .Append(BlockKitHtml.Render(weeks.Build(scope, week))).Append('\n');
        }

        html.Append("<h2 id=\"deliverables\">Deliverables</h2>\n<p class=\"muted\">What <code>/prodev deliverables</code> shows a student who has done none yet:</p>\n")
            .Append(BlockKitHtml.Render(deliverables.Build(scope, NothingDone)));
        return html.ToString();
    }
}
