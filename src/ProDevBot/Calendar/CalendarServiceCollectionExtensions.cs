using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProDevBot.Commands;

namespace ProDevBot.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>`/prodev calendar` and the feed behind `GET /calendar/{token}.ics`.</summary>
    public static IServiceCollection AddCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        // TryAdd: the groups feature registers the real answer; this one stands in until then.
        services.TryAddSingleton<ICalendarGroups, NoCalendarGroups>();
        services.AddScoped<CalendarSubscriptions>();
        services.AddScoped<CalendarFeedWriter>();
        services.AddSubcommand<CalendarCommand>(new("calendar", CalendarCommand.HelpLine, CalendarCommand.Example)
        {
            MoreExamples = [new(CalendarCommand.CoachExample, CalendarCommand.CoachHelpLine, CoachOnly: true)],
        });
        return services;
    }
}
