using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ProDevBot.FakeSlack;

namespace ProDevBot.Tests.Fakes;

/// <summary>
/// The real bot on Kestrel over loopback, with its own SQLite file (or PostgreSQL schema), a fake clock and a known
/// signing secret. Extra settings (e.g. a broken curriculum folder) can be passed per test. On
/// <see cref="TestDatabase.PostgreSQLCluster"/> a second instance (<see cref="Peer"/>) shares the schema, the clock and
/// FakeSlack, and the Slack client alternates its requests between the two.
/// </summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    public const string SigningSecret = "8f14e45fceea167a5a36dedd4bea2543";
    public const string CoachId = "UCOACH0001";

    private readonly string _folder;
    private readonly bool _ownsFolder;
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsSchema;
    private readonly bool _clustered;
    private readonly bool _sharesSlack;
    private BotFactory? _peer;
    private int _requestsServed;
    private readonly System.Runtime.CompilerServices.StrongBox<int> _turn = new(-1); // the cluster's one load balancer

    /// <summary>A host on <paramref name="database"/>; the other parameters as in the main constructor.</summary>
    public BotFactory(
        TestDatabase database,
        IDictionary<string, string?>? settings = null,
        DateTimeOffset? now = null,
        BotFactory? restartOf = null,
        FakeSlackSettings? slack = null,
        bool keepFiles = false,
        BotFactory? clusterPeerOf = null)
        : this(settings, "Production", now, restartOf ?? clusterPeerOf, slack, keepFiles, database)
    {
        _ownsSchema = !keepFiles && clusterPeerOf is null;
    }

    /// <param name="settings">Configuration on top of the test defaults.</param>
    /// <param name="environment">The host environment (Production unless a test says otherwise).</param>
    /// <param name="now">Where the fake clock starts.</param>
    /// <param name="restartOf">Another host's folder and scheduler name: this host is that bot restarted.</param>
    /// <param name="slack">Settings for the FakeSlack this host talks to.</param>
    /// <param name="keepFiles">Leave the database behind on dispose, for a restarted host to pick up.</param>
    /// <param name="port">A fixed loopback port (e.g. one a sign-in link must point at); 0 picks any free one.</param>
    public BotFactory(
        IDictionary<string, string?>? settings = null,
        string environment = "Production",
        DateTimeOffset? now = null,
        BotFactory? restartOf = null,
        FakeSlackSettings? slack = null,
        bool keepFiles = false,
        int port = 0)
        : this(settings, environment, now, restartOf, slack, keepFiles, TestRun.Database, port)
    {
    }

    /// <summary>The second instance of <paramref name="primary"/>'s cluster: its settings, schema, clock and FakeSlack.</summary>
    private BotFactory(BotFactory primary)
    {
        Environment = primary.Environment;
        _folder = primary._folder;
        SchedulerName = primary.SchedulerName;
        Clock = primary.Clock;
        Slack = primary.Slack;
        PostgresSchema = primary.PostgresSchema;
        _settings = new Dictionary<string, string?>(primary._settings);
        _sharesSlack = true;
        Features = primary.Features;
        Logs = primary.Logs;
        UseKestrel(0);
    }

    private BotFactory(
        IDictionary<string, string?>? settings,
        string environment,
        DateTimeOffset? now,
        BotFactory? restartOf,
        FakeSlackSettings? slack,
        bool keepFiles,
        TestDatabase database,
        int port = 0)
    {
        Environment = environment;
        _ownsFolder = !keepFiles;
        _folder = restartOf?._folder ?? Directory.CreateTempSubdirectory("prodevbot-test-").FullName;
        SchedulerName = restartOf?.SchedulerName ?? "test-" + Guid.NewGuid().ToString("N");
        Clock = new FakeTimeProvider(now ?? DateTimeOffset.Parse("2026-03-11T17:00:00Z", CultureInfo.InvariantCulture));
        Slack = new FakeSlackServer(slack, Clock); // one clock: its limits and the bot's pacing agree
        Slack.StartAsync().GetAwaiter().GetResult();
        _settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = Slack.Settings.BotToken,
            ["Slack:ApiBaseUrl"] = Slack.BaseUrl.ToString(),
            ["ConnectionStrings:ProDevBot"] = $"Data Source={Path.Combine(_folder, "bot.db")}",
            ["ProDev:Coaches:0"] = CoachId,

            // Quartz keeps schedulers by name per process; tests run hosts side by side.
            ["Nudges:SchedulerName"] = SchedulerName,

            // Retry quickly: tests advance a fake clock rather than wait.
            ["Outbox:RetryDelay"] = "00:00:01",
            ["Outbox:PollInterval"] = "00:00:00.050",
        };
        _clustered = database == TestDatabase.PostgreSQLCluster;
        if (database is TestDatabase.PostgreSQL or TestDatabase.PostgreSQLCluster)
        {
            PostgresSchema = restartOf?.PostgresSchema ?? TestPostgres.CreateSchema();
            _ownsSchema = !keepFiles;
            _settings["Database:Provider"] = "PostgreSQL";
            _settings["ConnectionStrings:ProDevBot"] = TestPostgres.ConnectionString(PostgresSchema);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(port);
    }

    /// <summary>By default Wednesday March 11, 2026, 11:00 am in Denver (MDT): week 2 of a cohort that started March 2.</summary>
    public FakeTimeProvider Clock { get; }

    public string SchedulerName { get; }

    public string Environment { get; }

    /// <summary>Registrations added after the bot's own, as a new feature's AddX() would add them (set before the server starts).</summary>
    public Action<IServiceCollection>? Features { get; init; }

    /// <summary>Also receives the bot's logs when set before the server starts.</summary>
    public ILoggerProvider? Logs { get; init; }

    /// <summary>The Slack Web API the bot talks to.</summary>
    public FakeSlackServer Slack { get; }

    /// <summary>The schema this host's PostgreSQL tables live in (null on SQLite).</summary>
    public string? PostgresSchema { get; }

    public string DatabasePath => Path.Combine(_folder, "bot.db");

    /// <summary>Starts the server and returns a client that signs requests the way Slack does.</summary>
    public SlackClient CreateSlackClient()
    {
        StartServer();
        if (!_clustered)
        {
            return new SlackClient(CreateClient(), Clock, SigningSecret);
        }

        var instances = new[] { CreateClient().BaseAddress!, Peer!.CreateClient().BaseAddress! };
        return new SlackClient(new HttpClient(new AlternatingHandler(instances, _turn)) { BaseAddress = instances[0] }, Clock, SigningSecret);
    }

    /// <summary>This instance and its peer, if any: the instances Slack's requests reach.</summary>
    public IReadOnlyList<BotFactory> Instances => Peer is { } peer ? [this, peer] : [this];

    /// <summary>
    /// Each instance's answer to <paramref name="path"/> once every body starts with <paramref name="expected"/> (or as
    /// they stand after 5 s, for the test to report). On a cluster a delivery stop or resume reaches the other instance
    /// as a notice, milliseconds after the instance that met it, so a probe read at that moment may see the old state.
    /// </summary>
    public async Task<(HttpStatusCode Status, string Body)[]> ProbeEveryInstanceAsync(string path, string expected)
    {
        var answers = Array.Empty<(HttpStatusCode, string)>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            answers = await Task.WhenAll(Instances.Select(async instance =>
            {
                using var client = instance.CreateClient();
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }));
            if (answers.All(a => a.Item2.StartsWith(expected, StringComparison.Ordinal)))
            {
                break;
            }

            await Task.Delay(50);
        }

        return answers;
    }

    /// <summary>How many HTTP requests this instance (not its peer) has answered.</summary>
    public int RequestsServed => Volatile.Read(ref _requestsServed);

    /// <summary>The cluster's second instance, started with this one (null unless on <see cref="TestDatabase.PostgreSQLCluster"/>).</summary>
    public BotFactory? Peer
    {
        get
        {
            if (_clustered && _peer is null)
            {
                StartServer();
            }

            return _peer;
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (_clustered && _peer is null)
        {
            _peer = new BotFactory(this);
            _peer.StartServer();
        }

        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new CountRequests(() => Interlocked.Increment(ref _requestsServed))));
        if (Features is { } features)
        {
            builder.ConfigureServices(features);
        }

        if (Logs is { } logs)
        {
            builder.ConfigureLogging(l => l.AddProvider(logs));
        }
    }

    protected override void Dispose(bool disposing)
    {
        _peer?.Dispose();
        base.Dispose(disposing);
        if (_sharesSlack)
        {
            return; // the primary owns FakeSlack, the schema and the folder
        }

        Slack.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (PostgresSchema is { } schema && _ownsSchema)
        {
            TestPostgres.DropSchema(schema);
        }

        if (!_ownsFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown is left for the OS to clean; the test result stands.
        }
    }
}

/// <summary>Counts the requests one instance answers, so a test can see that a load balancer spread them.</summary>
internal sealed class CountRequests(Action counted) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            counted();
            return following(context);
        });
        next(app);
    };
}
