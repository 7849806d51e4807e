using ProDevBot.Commands;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Reflections;

public static class ReflectionServiceCollectionExtensions
{
    /// <summary>`/prodev reflect`, the Home tab's open_reflect button and the reflection modal's submission.</summary>
    public static IServiceCollection AddReflections(this IServiceCollection services)
    {
        services.AddScoped<ReflectionOpener>();
        services.AddSubcommand<ReflectCommand>(
            new("reflect", "write (or edit) this week's reflection in a form; `reflect 2` for week 2", "reflect") { Aliases = ["reflection"] });
        services.AddInteractionHandler<OpenReflectionAction>(new(InteractionKind.BlockAction, ReflectionIds.OpenAction));
        services.AddInteractionHandler<ReflectionSubmission>(new(InteractionKind.ViewSubmission, ReflectionIds.CallbackId));
        return services;
    }
}
