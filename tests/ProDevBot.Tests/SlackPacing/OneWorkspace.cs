using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.SlackPacing;

/// <summary>
/// Two instances of one bot talk to one Slack workspace: settings that point a cluster peer at the first host's
/// FakeSlack (each BotFactory starts its own), so that one FakeSlack sees, counts and limits both instances' calls.
/// </summary>
internal static class OneWorkspace
{
    public static Dictionary<string, string?> SlackOf(BotFactory first, IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>(more ?? new Dictionary<string, string?>())
        {
            ["Slack:ApiBaseUrl"] = first.Slack.BaseUrl.ToString(),
            ["Slack:BotToken"] = first.Slack.Settings.BotToken,
        };
        return settings;
    }

    /// <summary>Moves both instances' clocks on together in small steps, letting the calls each step releases run.</summary>
    public static async Task AdvanceTogetherAsync(BotFactory first, BotFactory second, TimeSpan by, TimeSpan step)
    {
        for (var moved = TimeSpan.Zero; moved < by; moved += step)
        {
            first.Clock.Advance(step);
            second.Clock.Advance(step);
            await Task.Delay(20);
        }
    }
}
