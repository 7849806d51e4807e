using System.Collections.Concurrent;

namespace ProDevBot.FakeSlack;

/// <summary>How FakeSlack behaves; every property may be changed while it runs (tests flip faults mid-test).</summary>
public sealed class FakeSlackSettings
{
    private readonly ConcurrentQueue<FakeSlackFault> _faults = new();

    public string BotToken { get; set; } = "xoxb-fake-token";

    /// <summary>The app-level token <c>apps.connections.open</c> accepts (Socket Mode).</summary>
    public string AppToken { get; set; } = "xapp-1-fake-app-token";

    /// <summary>Seeds every random choice, so a run can be repeated.</summary>
    public int Seed { get; set; } = 1234;

    /// <summary>When false, no rate limit is answered (only forced 429s).</summary>
    public bool EnforceRateLimits { get; set; } = true;

    /// <summary>Workspace-wide chat.postMessage cap, as a token bucket refilled at cap/60 per second.</summary>
    public int PostMessagePerMinute { get; set; } = 600;

    /// <summary>Per-channel chat.postMessage: one a second after this many at once.</summary>
    public int PostMessageChannelBurst { get; set; } = 5;

    public int Tier2PerMinute { get; set; } = 20;

    public int Tier3PerMinute { get; set; } = 50;

    public int Tier4PerMinute { get; set; } = 100;

    /// <summary>
    /// Calls of one Tier 4 method (views.open/push/update/publish, users.info, …) at once before the Tier 4 refill
    /// applies: Slack gives Tier 4 generous bursts well above the per-minute tier (a class opening a modal together),
    /// then answers 429 with Retry-After. Default: a whole minute's Tier 4 allowance.
    /// </summary>
    public int ViewsBurst { get; set; } = 100;

    /// <summary>Each bucket holds this many seconds' worth of calls (Slack tolerates short bursts).</summary>
    public double BurstSeconds { get; set; } = 3;

    /// <summary>Forced 429s say <c>Retry-After: this</c>; ignored by <see cref="OmitRetryAfter"/>.</summary>
    public int ForcedRetryAfterSeconds { get; set; } = 1;

    /// <summary>Answer 429 without a Retry-After header (to test the client's default).</summary>
    public bool OmitRetryAfter { get; set; }

    /// <summary>Share of calls answered HTTP 503.</summary>
    public double ServerErrorRate { get; set; }

    /// <summary>Share of calls answered with a random transient failure: 503, or ok:false ratelimited/service_unavailable.</summary>
    public double TransientFailureRate { get; set; }

    /// <summary>Share of calls whose connection is aborted without an answer.</summary>
    public double DropConnectionRate { get; set; }

    /// <summary>Every answer waits this long first.</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>Members conversations.members pages through, for every channel.</summary>
    public IReadOnlyList<string> Roster { get; set; } = [.. Enumerable.Range(1, 25).Select(i => $"U{i:D5}")];

    /// <summary>Members of particular channels; a channel not listed has <see cref="Roster"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ChannelRosters { get; set; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<string> RosterOf(string? channel) =>
        channel is not null && ChannelRosters.TryGetValue(channel, out var members) ? members : Roster;

    /// <summary>Users users.info reports as bots (is_bot: true).</summary>
    public IReadOnlySet<string> BotUsers { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The <c>tz</c> users.info reports for a user not in <see cref="UserTimeZones"/>: the school's own zone, also the cohorts' default.</summary>
    public string DefaultTimeZone { get; set; } = "America/Denver";

    /// <summary>Per-user <c>tz</c> for users.info (IANA ids, e.g. <c>Pacific/Honolulu</c>), as each person set it in Slack.</summary>
    public IReadOnlyDictionary<string, string> UserTimeZones { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public void AddFault(FakeSlackFault fault) => _faults.Enqueue(fault);

    public void ClearFaults() => _faults.Clear();

    /// <summary>The first fault matching the call, counting down its remaining uses.</summary>
    internal FakeSlackFault? TakeFault(string method, string? channel)
    {
        lock (_faults)
        {
            foreach (var fault in _faults)
            {
                if (!fault.Matches(method, channel) || fault.Times is <= 0)
                {
                    continue;
                }

                if (fault.Times is { } times)
                {
                    // Records are immutable; rebuild the queue with the used-up count.
                    var rest = _faults.ToArray();
                    _faults.Clear();
                    foreach (var f in rest)
                    {
                        _faults.Enqueue(ReferenceEquals(f, fault) ? f with { Times = times - 1 } : f);
                    }
                }

                return fault;
            }
        }

        return null;
    }
}
