using ProDevBot.Commands;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Deliverables;

public static class DeliverablesServiceCollectionExtensions
{
    /// <summary>`/prodev deliverables` and its check-offs: ticks, Mark done / Undo, and the link modal.</summary>
    public static IServiceCollection AddDeliverables(this IServiceCollection services)
    {
        services.AddScoped<DeliverableProgress>();
        services.AddSingleton<DeliverablesMessage>();
        services.AddSubcommand<DeliverablesCommand>(new("deliverables", "your module's deliverables, checklists and due dates", "deliverables")
        {
            Aliases = ["deliverable", "due"],
        });
        services.AddInteractionHandler<DeliverableCheckoffAction>(
            new(InteractionKind.BlockAction, DeliverableIds.CheckAction),
            new(InteractionKind.BlockAction, DeliverableIds.DoneAction),
            new(InteractionKind.BlockAction, DeliverableIds.UndoAction),
            new(InteractionKind.BlockAction, DeliverableIds.LinkAction));
        services.AddInteractionHandler<DeliverableLinkSubmission>(new(InteractionKind.ViewSubmission, DeliverableIds.LinkCallback));
        return services;
    }
}
