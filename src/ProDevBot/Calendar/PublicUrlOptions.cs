namespace ProDevBot.Calendar;

/// <summary>The "Web" section: how the world reaches this bot over HTTP.</summary>
public sealed class PublicUrlOptions
{
    public const string Section = "Web";

    /// <summary>
    /// The bot's public base address (e.g. https://prodevbot.example.org), which links handed to people start with.
    /// Unset, the bot works but hands out no calendar links, since it cannot know its own address behind a proxy.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The base without a trailing slash, or null when unset.</summary>
    public string? Base => string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : PublicBaseUrl.Trim().TrimEnd('/');
}
