using Microsoft.Extensions.DependencyInjection.Extensions;
using ProDevBot.Calendar;
using ProDevBot.Commands;

namespace ProDevBot.Groups;

public static class GroupsServiceCollectionExtensions
{
    /// <summary>Wednesday groups: `/prodev groups …` for coaches, and the query students' messages use.</summary>
    public static IServiceCollection AddGroups(this IServiceCollection services)
    {
        services.AddSingleton<GroupPresence>();
        services.AddScoped<GroupRoster>();
        services.AddScoped<MixItUpRounds>();
        services.AddScoped<StudentGroups>();
        services.AddScoped<GroupDirectMessages>();

        // The calendar names each student's group and room; without this it names only the kind of group.
        services.RemoveAll<ICalendarGroups>();
        services.AddScoped<ICalendarGroups, GroupCalendar>();
        services.AddSubcommandGroup(new SubcommandGroup("groups", DefaultAction: "show"));
        services.AddSubcommandAction<HomeroomAction>("groups", new("homeroom", HomeroomAction.HelpLine, HomeroomAction.Example, CoachOnly: true));
        services.AddSubcommandAction<MixItUpAction>("groups", new("mixitup", MixItUpAction.HelpLine, MixItUpAction.Example, CoachOnly: true));
        services.AddSubcommandAction<ShowAction>("groups", new("show", ShowAction.HelpLine, ShowAction.Example, CoachOnly: true));
        services.AddSubcommandAction<MoveAction>("groups", new("move", MoveAction.HelpLine, MoveAction.Example, CoachOnly: true));
        services.AddSubcommandAction<RoomAction>("groups", new("room", RoomAction.HelpLine, RoomAction.Example, CoachOnly: true));
        services.AddSubcommandAction<DirectMessagesAction>("groups", new("dm", DirectMessagesAction.HelpLine, DirectMessagesAction.Example, CoachOnly: true));
        return services;
    }
}
