namespace ProDevBot.Slack.WebApi;

/// <summary>
/// The <c>Slack:RateLimits</c> section: how fast the client lets itself call each method, so that it stays under
/// Slack's tiers (https://api.slack.com/apis/rate-limits) instead of collecting 429s.
/// </summary>
public sealed class SlackRateLimitOptions
{
    public const string SectionName = "Slack:RateLimits";

    /// <summary>Workspace-wide cap on chat.postMessage; paced smoothly (600/min is one every 100 ms).</summary>
    public int PostMessagePerMinute { get; set; } = 600;

    /// <summary>Slack allows about one message per second per channel.</summary>
    public double PostMessagePerChannelPerSecond { get; set; } = 1;

    /// <summary>How many messages one channel may get at once before the per-channel pace applies.</summary>
    public int PostMessageChannelBurst { get; set; } = 3;

    public int Tier2PerMinute { get; set; } = 20;

    public int Tier3PerMinute { get; set; } = 50;

    /// <summary>
    /// Tier 4 for background calls (chat.postEphemeral, users.info, …). The views.* calls a person waits on carry a
    /// <see cref="SlackCallBudget"/> and are not paced here; response_url posts are limited per URL instead.
    /// </summary>
    public int Tier4PerMinute { get; set; } = 100;

    /// <summary>Per-method overrides in calls per minute, e.g. <c>Slack:RateLimits:Methods:views.open = 200</c>.</summary>
    public Dictionary<string, int> Methods { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// A limiter lets this many seconds' worth of calls through at once, then paces; small, so a 1,200/min cap
    /// means about 20 a second rather than 1,200 in the first second.
    /// </summary>
    public double BurstSeconds { get; set; } = 2;

    /// <summary>How long a method pauses after a 429 that carried no <c>Retry-After</c>.</summary>
    public TimeSpan DefaultRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Calls per minute for <paramref name="method"/>: its override, else its tier (unknown methods: Tier 2).</summary>
    public int PerMinute(string method) =>
        Methods.TryGetValue(method, out var perMinute) ? perMinute : method switch
        {
            SlackMethods.PostMessage => PostMessagePerMinute,
            SlackMethods.ConversationsOpen or SlackMethods.Update => Tier3PerMinute,
            SlackMethods.PostEphemeral or SlackMethods.UsersInfo or SlackMethods.ConversationsMembers
                or SlackMethods.ViewsOpen or SlackMethods.ViewsPush or SlackMethods.ViewsUpdate or SlackMethods.ViewsPublish
                or SlackMethods.FilesGetUploadUrlExternal or SlackMethods.UploadUrl or SlackMethods.FilesCompleteUploadExternal
                => Tier4PerMinute,
            _ => Tier2PerMinute,
        };
}
