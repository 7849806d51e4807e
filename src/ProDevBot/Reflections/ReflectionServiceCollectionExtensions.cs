using ProDevBot.Commands;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Reflections;

public static class ReflectionServiceCollectionExtensions
{
    /// <summary>`/prodev reflect`, the Home tab's open_reflect button and the reflection modal's submission.</summary>
    public static IServiceCollection AddReflections(this IServiceCollection services)
    {
        services.AddScoped<ReflectionOpener>();
        services.AddSubcommand<ReflectCommand>("reflect", "reflection");
        services.AddInteractionHandler<OpenReflectionAction>();
        services.AddInteractionHandler<ReflectionSubmission>();
        return services;
    }
}
