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
        services.AddSubcommand<ExportCommand>("export");
        services.AddSubcommand<ForgetMeCommand>("forget-me", "forgetme");
        services.AddInteractionHandler<ForgetMeConfirmation>();
        return services;
    }
}
