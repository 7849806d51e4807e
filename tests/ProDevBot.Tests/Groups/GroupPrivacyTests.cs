using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Groups;

public sealed class GroupPrivacyTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public GroupPrivacyTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task ForgetMeTakesTheStudentOutOfEveryGroupAndLeavesTheOthersInPlace()
    {
        var students = await GroupsHarness.CohortAsync(_slack, "2603", 1, "A", 12);
        await GroupsHarness.CohortAsync(_slack, "2511", 3, "C", 4);
        await _slack.CoachAsync("groups homeroom 2603");
        await _slack.CoachAsync("groups mixitup 2 cohorts 2603 2511");
        var leaving = students[0];

        await ConfirmForgetMeAsync(leaving);

        var db = _bot.Services.GetRequiredServiceInScope<ProDevDbContext>();
        Assert.Equal(0, await db.GroupMembers.CountAsync(m => m.StudentId == leaving));
        Assert.Equal(11 + 15, await db.GroupMembers.CountAsync()); // the other 11 of 2603 in Homeroom, the other 15 in Mix It Up
    }

    private async Task ConfirmForgetMeAsync(string student)
    {
        var payload = JsonSerializer.Serialize(new
        {
            type = "block_actions",
            user = new { id = student },
            team = new { id = "T0TEAM0001" },
            api_app_id = "A0APP00001",
            trigger_id = "1.2.3",
            response_url = _bot.Slack.ResponseUrl("forget").ToString(),
            container = new { type = "message", message_ts = "1.2", channel_id = "C0CHANNEL1", is_ephemeral = true },
            actions = new[] { new { type = "button", action_id = "forget_me_confirm", block_id = "b1", value = student, action_ts = "1.3" } },
        });
        using var response = await _slack.PostAsync("/slack/interactions", "payload=" + Uri.EscapeDataString(payload), "application/x-www-form-urlencoded");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your data is deleted", Assert.Single(_bot.Slack.CallsTo("response_url")).Body.GetRawText(), StringComparison.Ordinal);
    }
}
