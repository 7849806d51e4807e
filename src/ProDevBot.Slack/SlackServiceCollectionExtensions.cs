using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProDevBot.Slack.Telemetry;

namespace ProDevBot.Slack;

/// <summary>Registers the Slack layer. Handlers are added with the <c>Add…Handler&lt;T&gt;()</c> extensions.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="SlackOptions"/> from the <c>Slack</c> section and validates it at start-up.
    /// Also registers <see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> is already registered.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        services.AddOptions<SlackOptions>()
            .Bind(configuration.GetSection(SlackOptions.SectionName))
            .ValidateOnStart();

        var isProduction = environment.IsProduction();
        services.AddSingleton<IValidateOptions<SlackOptions>>(sp =>
            new SlackOptionsValidator(isProduction, sp.GetRequiredService<ILogger<SlackOptionsValidator>>()));

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<SlackTelemetry>();
        return services;
    }
}
