using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Groups;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Groups;

/// <summary>A bot with cohorts of students joined through `/prodev join`, and a look at the groups it recorded.</summary>
internal static class GroupsHarness
{
    public static string[] Students(string prefix, int count) => [.. Enumerable.Range(1, count).Select(i => $"U{prefix}{i:D5}")];

    public static async Task<string[]> CohortAsync(SlackClient slack, string cohort, int module, string prefix, int count)
    {
        var added = await slack.CommandAsync($"cohort add {cohort} module {module} starts 2026-03-02", BotFactory.CoachId);
        Assert.Contains(cohort, added.AllText, StringComparison.Ordinal);
        var students = Students(prefix, count);
        foreach (var student in students)
        {
            await slack.CommandAsync($"join {cohort}", student);
        }

        return students;
    }

    public static Task<SlackReply> CoachAsync(this SlackClient slack, string text) => slack.CommandAsync(text, BotFactory.CoachId);

    /// <summary>The stored groups of a round, as member lists by group number.</summary>
    public static async Task<List<List<string>>> GroupsAsync(BotFactory bot, string round)
    {
        var db = bot.Services.GetRequiredServiceInScope<ProDevDbContext>();
        var groups = await db.StudentGroups.AsNoTracking().Include(g => g.Members).Where(g => g.Round == round).OrderBy(g => g.Number).ToListAsync();
        return [.. groups.Select(g => g.Members.Select(m => m.StudentId).Order(StringComparer.Ordinal).ToList())];
    }

    public static Task<List<List<string>>> HomeroomAsync(BotFactory bot, string cohort, int module = 1) =>
        GroupsAsync(bot, GroupRounds.Homeroom(cohort, module));
}
