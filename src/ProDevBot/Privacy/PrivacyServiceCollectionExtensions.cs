using ProDevBot.Commands;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>`/prodev export` and `/prodev forget-me` (with its confirmation buttons): a student's own data only.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<PersonalDataEraser>();
        services.AddSubcommand<ExportCommand>(new("export", "everything the bot keeps about you, sent to your DMs", "export"));
        services.AddSubcommand<ForgetMeCommand>(
            new("forget-me", "delete all your data (asks you to confirm first)", "forget-me") { Aliases = ["forgetme"] });
        services.AddInteractionHandler<ForgetMeConfirmation>(
            new(InteractionKind.BlockAction, ForgetMeCommand.ConfirmAction), new InteractionRoute(InteractionKind.BlockAction, ForgetMeCommand.CancelAction));
        return services;
    }
}
