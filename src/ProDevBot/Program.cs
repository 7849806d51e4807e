using ProDevBot.Curriculum;
using ProDevBot.Curriculum.Import;
using ProDevBot.Data;
using ProDevBot.Home;
using ProDevBot.Hosting;
using ProDevBot.Nudges;
using ProDevBot.Outbox;
using ProDevBot.Privacy;
using ProDevBot.Reports;
using ProDevBot.Slack;
using ProDevBot.Slack.Routing;
using ProDevBot.Slack.SocketMode;
using ProDevBot.Slack.WebApi;
using ProDevBot.Web;

// Coach tooling ("curriculum import|check"): runs and exits before any host, database or Slack secret is needed.
if (CurriculumCli.TryRun(args, out var exitCode))
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSlack(builder.Configuration, builder.Environment);
builder.Services.AddSlackWebApi();
builder.Services.AddSlackSocketMode();
builder.Services.AddCurriculum(builder.Configuration);
builder.Services.AddProDevData();
builder.Services.AddProDevOptions(builder.Configuration);
builder.Services.AddProDevCommands();
builder.Services.AddHome();
builder.Services.AddPrivacy();
builder.Services.AddOutbox(builder.Configuration);
builder.Services.AddNudges(builder.Configuration);
builder.Services.AddProDevHealthChecks();
builder.Services.AddCoachWeb(builder.Configuration);

var app = builder.Build();

app.LoadCurriculum();
await app.MigrateDatabaseAsync();

app.MapSlack();
app.MapProDevHealth();
app.MapReportCsv();
app.MapCoachWeb();

await app.RunAsync();
return 0;

/// <summary>The entry point, public so that tests can host the real pipeline.</summary>
public partial class Program;
