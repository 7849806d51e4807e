using ProDevBot.Commands;

namespace ProDevBot.Outcomes;

public static class OutcomesServiceCollectionExtensions
{
    /// <summary>`/prodev outcomes [competency]`: target levels and SIAT outcomes.</summary>
    public static IServiceCollection AddOutcomes(this IServiceCollection services) =>
        services.AddSubcommand<OutcomesCommand>(new("outcomes", "the competency levels your module aims for", "outcomes")
        {
            Aliases = ["outcome", "goals"],
            MoreExamples = [new("outcomes networking", "the outcomes for one competency")],
        });
}
