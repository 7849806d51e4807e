using System.Net;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Hosting;

public class StartupTests
{
    [Fact]
    public void ProductionRefusesToStartWithoutASigningSecret()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Slack:SigningSecret"] = "" });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateSlackClient());

        Assert.Contains("Slack:SigningSecret", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentStartsWithoutASigningSecretButRefusesEverySlackRequest()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Slack:SigningSecret"] = "" }, environment: "Development");
        var slack = bot.CreateSlackClient();

        using var response = await slack.SendCommandAsync("help");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Slack:SigningSecret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidCoachIdStopsStartUpNamingTheKey()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["ProDev:Coaches:0"] = "coach-jane" });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateSlackClient());

        Assert.Contains("ProDev:Coaches:0", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenCurriculumFolderStopsStartUpNamingFileAndPlace()
    {
        var folder = Directory.CreateTempSubdirectory("prodevbot-curriculum-").FullName;
        try
        {
            var bundled = Path.Combine(AppContext.BaseDirectory, "curriculum", "module-1.yml");
            var yaml = File.ReadAllText(bundled).Replace("Homeroom", "Lunchroom", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, "module-1.yml"), yaml);
            using var bot = new BotFactory(new Dictionary<string, string?> { ["Curriculum:Path"] = folder });

            var error = Assert.ThrowsAny<Exception>(() => bot.CreateSlackClient());

            var message = Flatten(error);
            Assert.Contains("module-1.yml", message, StringComparison.Ordinal);
            Assert.Contains("Lunchroom", message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ACurriculumFolderOverridesTheBundledFiles()
    {
        var folder = Directory.CreateTempSubdirectory("prodevbot-curriculum-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "curriculum"), "*.yml"))
            {
                var yaml = File.ReadAllText(file);
                File.WriteAllText(Path.Combine(folder, Path.GetFileName(file)), yaml);
            }

            var module1 = Path.Combine(folder, "module-1.yml");
            File.WriteAllText(module1, File.ReadAllText(module1).Replace("LinkedIn", "LinkedOut", StringComparison.Ordinal));
            using var bot = new BotFactory(new Dictionary<string, string?> { ["Curriculum:Path"] = folder });
            var slack = bot.CreateSlackClient();

            var reply = await slack.CommandAsync("deliverables module 1");

            Assert.Contains("LinkedOut", reply.AllText, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Flatten(Exception error)
    {
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
            if (e is AggregateException aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(i => i.Message));
            }
        }

        return string.Join(" | ", messages);
    }
}
