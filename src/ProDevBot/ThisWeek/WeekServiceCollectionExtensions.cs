using ProDevBot.Commands;

namespace ProDevBot.ThisWeek;

public static class WeekServiceCollectionExtensions
{
    /// <summary>`/prodev week [n] [module m]`: a week's plan, group and deadlines.</summary>
    public static IServiceCollection AddWeek(this IServiceCollection services)
    {
        services.AddSingleton<WeekMessage>();
        return services.AddSubcommand<WeekCommand>(new("week", "this week's topic, activities, Wednesday group and deadlines", "week")
        {
            MoreExamples =
            [
                new("week 3", "a given week of your module"),
                new("week 2 module 1", "browse any module's week, no cohort needed"),
            ],
        });
    }
}
