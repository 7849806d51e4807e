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
    public void AnAppTokenThatIsNotAnXappTokenStopsStartUpWithoutShowingIt()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Slack:AppToken"] = "xoxb-pasted-the-bot-token-by-mistake" });

        var error = Flatten(Assert.ThrowsAny<Exception>(() => bot.CreateSlackClient()));

        Assert.Contains("Slack:AppToken must be an app-level token starting with xapp-", error, StringComparison.Ordinal);
        Assert.DoesNotContain("pasted-the-bot-token", error, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("")]
    [InlineData("xoxp-a-user-token")]
    public void ProductionRefusesToStartWithoutABotTokenNamingTheKey(string token)
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Slack:BotToken"] = token });

        var message = Flatten(Assert.ThrowsAny<Exception>(() => bot.CreateSlackClient()));

        Assert.Contains("Slack:BotToken", message, StringComparison.Ordinal);
        if (token.Length > 0)
        {
            Assert.DoesNotContain(token, message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ProductionRefusesAReportsTokenShorterThan32CharactersWithoutShowingIt()
    {
        var token = new string('k', 31);
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Reports:AccessToken"] = token });

        var message = Flatten(Assert.ThrowsAny<Exception>(() => bot.CreateSlackClient()));

        Assert.Contains("Reports:AccessToken", message, StringComparison.Ordinal);
        Assert.Contains("32", message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProductionRefusesTheExamplesPlaceholderReportsToken()
    {
        var placeholder = ExampleSetting("Reports", "AccessToken");
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Reports:AccessToken"] = placeholder });

        var message = Flatten(Assert.ThrowsAny<Exception>(() => bot.CreateSlackClient()));

        Assert.Contains("Reports:AccessToken", message, StringComparison.Ordinal);
        Assert.DoesNotContain(placeholder, message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProductionRefusesTheExamplesPlaceholderBotToken()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Slack:BotToken"] = ExampleSetting("Slack", "BotToken") });

        Assert.Contains("Slack:BotToken", Flatten(Assert.ThrowsAny<Exception>(() => bot.CreateSlackClient())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionStartsWithA32CharacterReportsToken()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Reports:AccessToken"] = new string('k', 32) });

        using var response = await bot.CreateSlackClient().Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DevelopmentStartsOnTheEmbeddedDefaultsWithoutTokens()
    {
        using var bot = new BotFactory(
            new Dictionary<string, string?> { ["Slack:BotToken"] = "", ["Reports:AccessToken"] = "", ["Slack:SigningSecret"] = "" },
            environment: "Development");

        using var response = await bot.CreateSlackClient().Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A value from the repository's appsettings.example.json, so the placeholders tested are the ones shipped.</summary>
    private static string ExampleSetting(string section, string key)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "appsettings.example.json")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.FullName, "appsettings.example.json")));
        return json.RootElement.GetProperty(section).GetProperty(key).GetString()!;
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
