using System.Net;
using System.Text.RegularExpressions;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Calendar;

/// <summary>A bot with a public address, and the link its replies hand out, fetched over loopback HTTP and parsed with Ical.Net.</summary>
internal static partial class CalendarLinks
{
    public const string PublicBase = "https://prodevbot.example.org";

    public static BotFactory Bot() => new(new Dictionary<string, string?> { ["Web:PublicBaseUrl"] = PublicBase, ["Reports:AccessToken"] = new string('r', 40) });

    /// <summary>The path of the link in a reply ("/calendar/{token}.ics"), or null when the reply holds none.</summary>
    public static string? PathIn(SlackReply reply)
    {
        var match = Link().Match(reply.AllText);
        return match.Success ? match.Groups[1].Value : null;
    }

    public static string TokenOf(string path) => path["/calendar/".Length..^".ics".Length];

    public static async Task<(HttpStatusCode Status, string? ContentType, Ical.Net.Calendar? Calendar)> FetchAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var parsed = response.StatusCode == HttpStatusCode.OK ? Ical.Net.Calendar.Load(body) : null;
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), parsed);
    }

    [GeneratedRegex(@"https://prodevbot\.example\.org(/calendar/[A-Za-z0-9_-]+\.ics)")]
    private static partial Regex Link();
}
