using ProDevBot.Commands;

namespace ProDevBot.Help;

public static class HelpServiceCollectionExtensions
{
    /// <summary>`/prodev help`, generated from every feature's registrations; register it last so it is listed last.</summary>
    public static IServiceCollection AddHelp(this IServiceCollection services) =>
        services.AddSubcommand<HelpCommand>(new("help", "this list", "help") { Aliases = ["?"] });
}
