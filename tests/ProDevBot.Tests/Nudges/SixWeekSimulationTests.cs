using System.Globalization;
using ProDevBot.FakeSlack;
using ProDevBot.Outbox;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Nudges;

/// <summary>
/// A module 1 cohort created, linked to its channel and left alone for six simulated weeks, with one student
/// who finishes early, one who mutes group reminders, one who pauses, and a cohort break in week 6.
/// </summary>
public sealed class SixWeekSimulationTests : IDisposable
{
    private const string A = "U0STUDA", B = "U0STUDB", C = "U0STUDC", D = "U0STUDD";
    private readonly BotFactory _bot;
    private readonly SlackClient _slack;

    public SixWeekSimulationTests()
    {
        var slack = new FakeSlackSettings
        {
            Roster = [A, B, C, D, "U0BOT0001", BotFactory.CoachId],
            BotUsers = new HashSet<string> { "U0BOT0001" },
        };
        // Rows are kept past the six weeks (not the default 30 days) so the test can read every one's timing.
        _bot = new BotFactory(new Dictionary<string, string?> { ["Outbox:KeepFinishedFor"] = "60.00:00:00" }, now: Utc("2026-02-25T17:00:00Z"), slack: slack);
        _slack = _bot.CreateSlackClient();
    }

    public void Dispose() => _bot.Dispose();

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static IEnumerable<DateTimeOffset> Stops()
    {
        // Every local 9:00, 12:00 and 12:30 from the start to the end of week 6; the calendar code is not asked.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");
        for (var day = new DateTime(2026, 3, 1); day <= new DateTime(2026, 4, 12); day = day.AddDays(1))
        {
            foreach (var time in new[] { new TimeSpan(9, 0, 0), new TimeSpan(12, 0, 0), new TimeSpan(12, 30, 0) })
            {
                var local = day + time;
                yield return new DateTimeOffset(local, zone.GetUtcOffset(local));
            }
        }
    }

    private static HashSet<string> Expected()
    {
        string[] kickoffs = ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30"]; // 04-06 falls in the break
        string[] groups = ["2026-03-04", "2026-03-11", "2026-03-18", "2026-03-25", "2026-04-01"];
        string[] deadlines = ["2026-03-05", "2026-03-12", "2026-03-19", "2026-03-26", "2026-04-02"];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void Add(string kind, string student, IEnumerable<string> dates, Func<string, bool>? except = null)
        {
            foreach (var date in dates.Where(d => except is null || !except(d)))
            {
                keys.Add($"{kind}:2603:{student}:{date}");
            }
        }

        foreach (var student in new[] { A, B, C, D })
        {
            Func<string, bool>? paused = student == D ? d => string.CompareOrdinal(d, "2026-03-22") <= 0 : null;
            Add("kickoff", student, kickoffs, paused);
            Add("group", student, student == C ? [] : groups, paused);
            Add("deadline", student, deadlines, d => (paused?.Invoke(d) ?? false) || (student == B && d == "2026-03-05"));
            Add("selfevaluation", student, ["2026-04-01"]);
        }

        Add("coachdigest", BotFactory.CoachId, ["2026-03-06", "2026-03-13", "2026-03-20", "2026-03-27", "2026-04-03", "2026-04-10"]);

        return keys;
    }

    [Fact]
    public async Task SixWeeksProduceExactlyTheExpectedDirectMessagesAndDigests()
    {
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        var linked = await _slack.CommandAsync("cohort link 2603 <#C0COHORT1|2603-be>", BotFactory.CoachId);
        var simulation = new Simulation(_bot);
        await simulation.SettleAsync(); // the roster sync runs as a job
        var roster = await _slack.CommandAsync("cohort roster 2603", BotFactory.CoachId);
        await _slack.CommandAsync("cohort pause 2603 2026-04-06 2026-04-06", BotFactory.CoachId);
        await _slack.CommandAsync("done exit-ticket-1", B);
        await _slack.CommandAsync("settings group off", C);
        await _slack.CommandAsync("pause until 2026-03-22", D);

        await simulation.RunUntilAsync(Utc("2026-04-13T06:00:00Z"), Stops());

        var posts = _bot.Slack.CallsTo("chat.postMessage").Where(c => c.Status == 200).ToList();
        var delivered = posts.Select(c => c.IdempotencyKey!).ToList();
        Assert.Contains("adding its members now", linked.AllText, StringComparison.Ordinal);
        Assert.Contains("Cohort 2603: 4 students, 0 paused", roster.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("U0BOT0001", roster.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(BotFactory.CoachId, roster.AllText, StringComparison.Ordinal);
        // Paced under the limits: no call was refused, not even with a 429.
        Assert.Equal("", string.Join("; ", _bot.Slack.Calls.Where(c => c.Status != 200).Select(c => $"{c.Method} {c.Status} {c.Error}")));
        // 49 to students, derived from module-1.yml (unchanged in shape by the rewrite from the seed and the site):
        // kickoffs on the Mondays of weeks 1-5 (week 6's falls in the break): A, B, C 5 each, D (paused through Mar 22)
        // 2 = 17; groups on the Wednesdays of weeks 1-5 (Homeroom 1, 3, 5, Mix It Up 2, 4): A, B 5 each, C muted, D 2
        // = 12; deadline reminders the Thursday before each Friday due point of weeks 1-5: A, C 5 each, B 4 (did the
        // week 1 exit ticket, week 1's only item), D 2 = 16; the self-evaluation reminder to all 4 = 4. 17 + 12 + 16 + 4.
        Assert.Equal(49 + 6, delivered.Count); // and a Friday digest a week to the coach
        Assert.Equal(delivered.Count, delivered.Distinct().Count());
        Assert.Equal(Expected().Order(), delivered.Order());

        string TextOf(string key) => new SlackReply(System.Net.HttpStatusCode.OK, posts.Single(p => p.IdempotencyKey == key).Body.GetRawText()).AllText;
        Assert.Contains("Week 1 of ProDev starts today", TextOf($"kickoff:2603:{A}:2026-03-02"), StringComparison.Ordinal);
        Assert.Contains("Homeroom", TextOf($"kickoff:2603:{A}:2026-03-02"), StringComparison.Ordinal);
        Assert.Contains("Mix It Up", TextOf($"group:2603:{A}:2026-03-11"), StringComparison.Ordinal);
        Assert.Contains("1:00 pm", TextOf($"group:2603:{A}:2026-03-11"), StringComparison.Ordinal);
        Assert.Contains("https://careerdev.turing.edu/mixed_groups/mixed_week2_prompts", TextOf($"group:2603:{A}:2026-03-11"), StringComparison.Ordinal);
        Assert.Contains("LinkedIn", TextOf($"deadline:2603:{A}:2026-03-26"), StringComparison.Ordinal);
        Assert.Contains("Fri, Mar 27", TextOf($"deadline:2603:{A}:2026-03-26"), StringComparison.Ordinal);
        Assert.Contains("self-evaluation", TextOf($"selfevaluation:2603:{A}:2026-04-01"), StringComparison.OrdinalIgnoreCase);

        // Week 1's digest: A and C have not done the week 1 exit ticket; B has, D is paused.
        var digest = TextOf($"coachdigest:2603:{BotFactory.CoachId}:2026-03-06");
        Assert.Contains("2 students to check in with", digest, StringComparison.Ordinal);
        Assert.Contains($"<@{A}>", digest, StringComparison.Ordinal);
        Assert.Contains($"<@{C}>", digest, StringComparison.Ordinal);
        Assert.DoesNotContain($"<@{B}>", digest, StringComparison.Ordinal);
        Assert.DoesNotContain($"<@{D}>", digest, StringComparison.Ordinal);

        // Each DM left within minutes of its local time, on both sides of the March 8 clock change.
        var rows = (await new Simulation(_bot).OutboxAsync()).Where(r => r.Status == OutboxStatus.Sent).ToList();
        Assert.Equal(55, rows.Count);
        Assert.All(rows, r => Assert.True(r.SentAt!.Value - r.CreatedAt < TimeSpan.FromMinutes(10), $"{r.Key} sent {r.SentAt - r.CreatedAt} late after {r.Attempts} attempts ({r.LastError})"));
        var kickoffWeek2 = rows.Single(r => r.Key == $"kickoff:2603:{A}:2026-03-09");
        Assert.InRange(kickoffWeek2.SentAt!.Value, Utc("2026-03-09T15:00:00Z"), Utc("2026-03-09T15:10:00Z")); // 9:00 MDT
    }
}
