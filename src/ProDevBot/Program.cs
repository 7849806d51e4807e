using ProDevBot.Calendar;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Curriculum.Import;
using ProDevBot.Data;
using ProDevBot.Data.Cluster;
using ProDevBot.Deliverables;
using ProDevBot.Events;
using ProDevBot.Groups;
using ProDevBot.Help;
using ProDevBot.Home;
using ProDevBot.Hosting;
using ProDevBot.NetworkLog;
using ProDevBot.Nudges;
using ProDevBot.Outbox;
using ProDevBot.Outcomes;
using ProDevBot.Overview;
using ProDevBot.Privacy;
using ProDevBot.Progress;
using ProDevBot.Reflections;
using ProDevBot.Reports;
using ProDevBot.Scheduling;
using ProDevBot.Slack;
using ProDevBot.Slack.Routing;
using ProDevBot.Slack.SocketMode;
using ProDevBot.Slack.WebApi;
using ProDevBot.SlackPacing;
using ProDevBot.Telemetry;
using ProDevBot.ThisWeek;
using ProDevBot.Web;

// Coach tooling ("curriculum import|check"): runs and exits before any host, database or Slack secret is needed.
if (CurriculumCli.TryRun(args, out var exitCode))
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

// Platform: clock, Slack (both transports), content, data and notices between instances, schedules, the outbox.
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSlack(builder.Configuration, builder.Environment);
builder.Services.AddSlackWebApi(OutboxMessage.MetadataEventType);
builder.Services.AddSlackSocketMode();
builder.Services.AddCurriculum(builder.Configuration);
builder.Services.AddProDevData(builder.Configuration);
builder.Services.AddClusterNotices(builder.Configuration);
builder.Services.AddClusterSlackPacing(builder.Configuration);
builder.Services.AddProDevOptions(builder.Configuration);
builder.Services.AddScheduling(builder.Configuration);
builder.Services.AddOutbox(builder.Configuration);
builder.Services.AddProDevCommands();

// Features, each with its own commands, clicks, services and jobs; `/prodev help` lists commands in this order.
builder.Services.AddModuleOverview();
builder.Services.AddWeek();
builder.Services.AddDeliverables();
builder.Services.AddOutcomes();
builder.Services.AddCohorts();
builder.Services.AddReflections();
builder.Services.AddNetworkLog();
builder.Services.AddProgress();
builder.Services.AddNudges();
builder.Services.AddGroups();
builder.Services.AddCalendar(builder.Configuration);
builder.Services.AddPrivacy();
builder.Services.AddReports();
builder.Services.AddHome();
builder.Services.AddEvents();
builder.Services.AddHelp();
builder.Services.AddProDevHealthChecks();
builder.Services.AddCoachWeb(builder.Configuration);
builder.Services.AddProDevTelemetry(builder.Configuration);

var app = builder.Build();
if (await app.TryRunMigrateVerbAsync(args))
{
    return 0;
}


app.LoadCurriculum();
await app.MigrateDatabaseAsync();

app.MapSlack();
app.MapProDevHealth();
app.MapReportCsv();
app.MapCalendar();
app.MapCoachWeb();

await app.RunAsync();
return 0;

/// <summary>The entry point, public so that tests can host the real pipeline.</summary>
public partial class Program;
