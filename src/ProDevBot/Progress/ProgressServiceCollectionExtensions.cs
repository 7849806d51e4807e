using ProDevBot.Commands;

namespace ProDevBot.Progress;

public static class ProgressServiceCollectionExtensions
{
    /// <summary>`/prodev done|undo &lt;deliverable&gt;`.</summary>
    public static IServiceCollection AddProgress(this IServiceCollection services) =>
        services.AddSubcommand<DoneCommand>(
            new("done", "mark a deliverable done, so reminders stop asking (`undo` takes it back)", "done exit-ticket-2") { Aliases = ["undo"] });
}
