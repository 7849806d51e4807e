using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProDevBot.Slack.Tests.Fakes;

namespace ProDevBot.Slack.Tests;

public class SlackOptionsTests
{
    [Fact]
    public async Task RefusesToStartInProductionWithoutSigningSecret()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => SlackTestHost.StartAsync(secret: null, environment: "Production"));

        Assert.Contains("Slack:SigningSecret", error.Message, StringComparison.Ordinal);
        Assert.Contains("Slack__SigningSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartsInProductionWithSigningSecret()
    {
        await using var host = await SlackTestHost.StartAsync(environment: "Production");
        Assert.Equal(SlackTestHost.Secret, host.App.Services.GetRequiredService<IOptions<SlackOptions>>().Value.SigningSecret);
    }

    [Fact]
    public async Task StartsOutsideProductionWithoutSecretAndWarnsOnce()
    {
        await using var host = await SlackTestHost.StartAsync(secret: null, environment: "Development");
        _ = host.App.Services.GetRequiredService<IOptions<SlackOptions>>().Value;

        var warning = Assert.Single(host.Logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("Slack:SigningSecret", warning.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/")]
    [InlineData("ftp://slack.com/api/")]
    public void RejectsApiBaseUrlThatIsNotAbsoluteHttp(string url)
    {
        var options = Resolve(new() { ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = "xoxb-1-2-abc", ["Slack:ApiBaseUrl"] = url });

        var error = Assert.Throws<OptionsValidationException>(() => options.Value);
        Assert.Contains("Slack:ApiBaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultsApiBaseUrlToSlack() =>
        Assert.Equal(new Uri("https://slack.com/api/"), Resolve(new() { ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = "xoxb-1-2-abc" }).Value.ApiBaseUrl);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("xoxp-1234-5678-user-token")]
    [InlineData("1234-5678-abcdef")]
    [InlineData("xoxb-set-me: OAuth & Permissions → Bot User OAuth Token")]
    public void ProductionRefusesABotTokenThatIsNotABotTokenNamingTheKeyButNotTheValue(string? token)
    {
        var options = Resolve(new() { ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = token });

        var error = Assert.Throws<OptionsValidationException>(() => options.Value);
        Assert.Contains("Slack:BotToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("xoxb-", error.Message, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(token))
        {
            Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ProductionAcceptsABotToken() =>
        Assert.Equal("xoxb-1-2-abc", Resolve(new() { ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = "xoxb-1-2-abc" }).Value.BotToken);

    [Fact]
    public void DevelopmentStartsWithoutABotToken() =>
        Assert.Null(Resolve(new() { ["Slack:SigningSecret"] = "s" }, Environments.Development).Value.BotToken);

    [Fact]
    public void ToStringNeverShowsSecrets()
    {
        var options = new SlackOptions { SigningSecret = "sign-123", BotToken = "xoxb-456", AppToken = "xapp-789" };

        var text = options.ToString();

        Assert.DoesNotContain("sign-123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-456", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xapp-789", text, StringComparison.Ordinal);
        Assert.Contains("https://slack.com/api/", text, StringComparison.Ordinal);
    }

    private static IOptions<SlackOptions> Resolve(Dictionary<string, string?> settings, string environmentName = "Production")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var environment = new HostingEnvironment { EnvironmentName = environmentName };
        var services = new ServiceCollection().AddLogging().AddSlack(configuration, environment);
        return services.BuildServiceProvider().GetRequiredService<IOptions<SlackOptions>>();
    }
}
