using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Data;
using ProDevBot.NetworkLog;
using ProDevBot.Progress;
using ProDevBot.Reflections;
using ProDevBot.Reports;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Reports;

/// <summary>A week-3 cohort with mixed progress: A keeps up, B half, C not at all.</summary>
public sealed class ReportTests : IDisposable
{
    private const string A = "U0STUDA", B = "U0STUDB", C = "U0STUDC", Token = "report-token-for-tests-0123456789abcdef";
    private readonly BotFactory _bot = new(
        new Dictionary<string, string?> { ["Reports:AccessToken"] = Token },
        now: DateTimeOffset.Parse("2026-03-18T17:00:00Z", CultureInfo.InvariantCulture)); // Wednesday of week 3
    private readonly SlackClient _slack;

    public ReportTests()
    {
        _slack = _bot.CreateSlackClient();
        Coach("cohort add 2603 module 1 starts 2026-03-02").GetAwaiter().GetResult();
        new Simulation(_bot).SettleAsync().GetAwaiter().GetResult();
        foreach (var student in new[] { A, B, C })
        {
            _slack.CommandAsync("join 2603", student).GetAwaiter().GetResult();
        }

        using var scope = _bot.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
        var at = DateTimeOffset.Parse("2026-03-12T18:00:00Z", CultureInfo.InvariantCulture);
        db.DeliverableCompletions.AddRange(
            new DeliverableCompletion { StudentId = A, Module = 1, DeliverableId = "exit-ticket-1", CompletedAt = at },
            new DeliverableCompletion { StudentId = A, Module = 1, DeliverableId = "exit-ticket-2", CompletedAt = at.AddDays(1) },
            new DeliverableCompletion { StudentId = B, Module = 1, DeliverableId = "exit-ticket-1", CompletedAt = at });
        db.Reflections.AddRange(
            new Reflection { StudentId = A, Module = 1, Week = 1, Prompt = "p", Text = "What I do best", CreatedAt = at, UpdatedAt = at },
            new Reflection { StudentId = A, Module = 1, Week = 2, Prompt = "p", Text = "Networking goals", CreatedAt = at, UpdatedAt = at });
        db.NetworkingActivities.Add(new NetworkingActivity
        {
            StudentId = B, Module = 1, ContactName = "Ada", ContactCompany = "Analytical", Kind = NetworkingKind.CoffeeChat,
            OccurredOn = new DateOnly(2026, 3, 10), Learned = "Ask better questions", CreatedAt = at,
        });
        db.SaveChanges();
    }

    public void Dispose() => _bot.Dispose();

    private Task<SlackReply> Coach(string text) => _slack.CommandAsync(text, BotFactory.CoachId);

    [Fact]
    public async Task ModuleReportCountsEachStudentsWorkAndTheTotals()
    {
        var reply = await Coach("report 2603");

        Assert.Contains("module 1 so far (3 of 6 weeks)", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("deliverables 3/6 done (50 %), 2 reflections, 1 networking logs, 3 students", reply.AllText, StringComparison.Ordinal);
        Assert.Contains($"<@{A}>: deliverables 2/2 · items 0 · reflections 2 · logs 0 · last Mar 13", reply.AllText, StringComparison.Ordinal);
        Assert.Contains($"<@{B}>: deliverables 1/2 · items 0 · reflections 0 · logs 1", reply.AllText, StringComparison.Ordinal);
        Assert.Contains($"<@{C}>: deliverables 0/2 · items 0 · reflections 0 · logs 0 · last never", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeekReportCoversOnlyThatWeek()
    {
        var reply = await Coach("report 2603 week 2");

        Assert.Contains("Cohort 2603: week 2", reply.AllText, StringComparison.Ordinal);
        Assert.Contains($"<@{A}>: deliverables 1/1 · items 0 · reflections 1 · logs 0", reply.AllText, StringComparison.Ordinal);
        Assert.Contains($"<@{B}>: deliverables 0/1 · items 0 · reflections 0 · logs 1", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LargeCohortsArePagedNotCutOff()
    {
        foreach (var i in Enumerable.Range(1, 82))
        {
            await _slack.CommandAsync("join 2603", $"U0MANY{i:D4}");
        }

        var first = await Coach("report 2603");
        var third = await Coach("report 2603 page 3");
        var fourth = await Coach("report 2603 page 4");

        Assert.Equal(40, first.AllText.Split('\n').Count(l => l.StartsWith("• <@", StringComparison.Ordinal)));
        Assert.Contains("Page 1 of 3. Next: `/prodev report 2603 page 2`", first.AllText, StringComparison.Ordinal);
        Assert.Equal(5, third.AllText.Split('\n').Count(l => l.StartsWith("• <@", StringComparison.Ordinal)));
        Assert.Contains("The report has 3 pages", fourth.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AtRiskRulesFlagMissingWorkNoLogByWeekFourAndNoRecentReflection()
    {
        using var scope = _bot.Services.CreateScope();
        var finder = scope.ServiceProvider.GetRequiredService<AtRiskFinder>();
        var cohort = await scope.ServiceProvider.GetRequiredService<ProDevDbContext>().Cohorts.FindAsync("2603");

        var week2 = (await finder.FindAsync(cohort!, 2, CancellationToken.None)).ToDictionary(s => s.StudentId);
        var week4 = (await finder.FindAsync(cohort!, 4, CancellationToken.None)).ToDictionary(s => s.StudentId);

        Assert.DoesNotContain(A, week2.Keys); // did week 2's ticket and reflected in weeks 1–2
        Assert.Contains(week2[B].Reasons, r => r.StartsWith("not done, due this week: Week 2 exit ticket", StringComparison.Ordinal));
        Assert.Contains("no reflection for weeks 1 and 2", week2[C].Reasons);
        Assert.Contains("no networking activity logged yet", week4[A].Reasons);
        Assert.DoesNotContain("no networking activity logged yet", week4[B].Reasons);
        Assert.Contains("no reflection for weeks 3 and 4", week4[A].Reasons);
    }

    [Fact]
    public async Task CsvNeedsTheAccessTokenAndCarriesTheSameNumbers()
    {
        using var none = await _slack.Http.GetAsync("/reports/2603.csv");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/reports/2603.csv") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "guess") } };
        using var wrongResponse = await _slack.Http.SendAsync(wrong);
        using var right = new HttpRequestMessage(HttpMethod.Get, "/reports/2603.csv") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", Token) } };
        using var response = await _slack.Http.SendAsync(right);
        var csv = (await response.Content.ReadAsStringAsync()).ReplaceLineEndings("\n").TrimEnd().Split('\n');

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
        Assert.DoesNotContain(Token, await wrongResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("cohort,period,student_id,deliverables_done,deliverables_due,checklist_items,reflections,networking_logs,last_activity_utc,paused", csv[0]);
        Assert.Equal("2603,module,U0STUDA,2,2,0,2,0,2026-03-13T18:00:00Z,false", csv[1]);
        Assert.Equal("2603,module,U0STUDB,1,2,0,0,1,2026-03-12T18:00:00Z,false", csv[2]);
        Assert.Equal("2603,module,U0STUDC,0,2,0,0,0,,false", csv[3]);
        Assert.Equal(4, csv.Length);
    }

    [Fact]
    public async Task StudentRecordShowsOneStudentsWork()
    {
        var reply = await Coach($"student <@{A}|ana>");
        var refused = await _slack.CommandAsync($"student <@{B}|bo>", A);

        Assert.Contains("cohort 2603, module 1, week 3", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("✅ Week 1 exit ticket", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("▫️ Week 3 exit ticket", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("week 2: Networking goals", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("for ProDev coaches", refused.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDigestsOpenRecordButtonPostsTheRecordBack()
    {
        var responseUrl = _bot.Slack.ResponseUrl("digest-1");
        var payload = $$"""
            {"type":"block_actions","user":{"id":"{{BotFactory.CoachId}}"},"team":{"id":"T0TEAM0001"},"trigger_id":"1.2.3",
             "response_url":"{{responseUrl}}","container":{"type":"message","channel_id":"D0COACH","message_ts":"1.0"},
             "actions":[{"type":"button","action_id":"student_record","block_id":"b","value":"{{C}}","action_ts":"1.1"}]}
            """;

        using var response = await _slack.SendInteractionAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = Assert.Single(_bot.Slack.CallsTo("response_url"));
        Assert.Contains("Week 1 exit ticket", posted.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChartIsDrawnAndUploadedToTheChannelWhereTheCoachAsked()
    {
        var reply = await Coach("report 2603 chart");
        await new Simulation(_bot).SettleAsync();

        Assert.Contains("participation chart", reply.AllText, StringComparison.Ordinal);
        var upload = Assert.Single(_bot.Slack.Uploads);
        Assert.Equal("C0CHANNEL1", upload.ChannelId);
        Assert.Equal("cohort-2603-participation.png", upload.FileName);
        Assert.Equal("Weeks 1–2, share of due deliverables done.", upload.InitialComment);
        var png = upload.Bytes.ToArray();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal(800, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(400, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public async Task ACoachWhoTurnsTheDigestOffGetsNone()
    {
        var off = await Coach("digest off");
        var shown = await Coach("digest");
        await Coach("cohort nudge 2603 digest");
        await new Simulation(_bot).SettleAsync();
        await Coach("digest on");
        var on = await Coach("cohort nudge 2603 digest");
        await new Simulation(_bot).SettleAsync();

        Assert.Contains("Friday digest off", off.AllText, StringComparison.Ordinal);
        Assert.Contains("Your Friday digest is off", shown.AllText, StringComparison.Ordinal);
        Assert.Contains("Sending the week 3 digest nudge", on.AllText, StringComparison.Ordinal);
        var digest = Assert.Single(_bot.Slack.CallsTo("chat.postMessage"), c => c.IdempotencyKey?.StartsWith("kickoff:", StringComparison.Ordinal) != true); // students got this week's kickoff on joining
        Assert.Equal(BotFactory.CoachId, digest.Field("channel"));
        Assert.Contains("to check in with", new SlackReply(HttpStatusCode.OK, digest.Body.GetRawText()).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StudentsCannotSeeReports()
    {
        var reply = await _slack.CommandAsync("report 2603", A);

        Assert.Contains("for ProDev coaches", reply.AllText, StringComparison.Ordinal);
    }
}
