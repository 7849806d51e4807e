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
        var options = Resolve(new() { ["Slack:SigningSecret"] = "s", ["Slack:ApiBaseUrl"] = url });

        var error = Assert.Throws<OptionsValidationException>(() => options.Value);
        Assert.Contains("Slack:ApiBaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultsApiBaseUrlToSlack() =>
        Assert.Equal(new Uri("https://slack.com/api/"), Resolve(new() { ["Slack:SigningSecret"] = "s" }).Value.ApiBaseUrl);

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

    private static IOptions<SlackOptions> Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var environment = new HostingEnvironment { EnvironmentName = Environments.Production };
        var services = new ServiceCollection().AddLogging().AddSlack(configuration, environment);
        return services.BuildServiceProvider().GetRequiredService<IOptions<SlackOptions>>();
    }
}
