using ProDevBot.Commands;

namespace ProDevBot.Groups;

public static class GroupsServiceCollectionExtensions
{
    /// <summary>Wednesday groups: `/prodev groups …` for coaches, and the query students' messages use.</summary>
    public static IServiceCollection AddGroups(this IServiceCollection services)
    {
        services.AddScoped<GroupRoster>();
        services.AddScoped<MixItUpRounds>();
        services.AddScoped<StudentGroups>();
        services.AddScoped<GroupDirectMessages>();
        services.AddKeyedScoped<IGroupsAction, HomeroomAction>("homeroom");
        services.AddKeyedScoped<IGroupsAction, MixItUpAction>("mixitup");
        services.AddKeyedScoped<IGroupsAction, ShowAction>("show");
        services.AddKeyedScoped<IGroupsAction, MoveAction>("move");
        services.AddKeyedScoped<IGroupsAction, RoomAction>("room");
        services.AddKeyedScoped<IGroupsAction, DirectMessagesAction>("dm");
        services.AddSubcommand<GroupsCommand>("groups");
        return services;
    }
}
