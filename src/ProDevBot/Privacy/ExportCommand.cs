using ProDevBot.Commands;
using ProDevBot.Outbox;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Privacy;

/// <summary>
/// `/prodev export`: a short ephemeral summary now, and the full export as DMs through the outbox. A DM stays in
/// the student's Slack history (an ephemeral reply is gone after a reload), and the outbox splits, paces and
/// retries it like any other message.
/// </summary>
internal sealed class ExportCommand(PersonalDataExport export, OutboxWriter outbox, TimeProvider clock) : IProDevSubcommand
{
    /// <summary>Sections per DM: 4 × 3000 characters keeps each message far below Slack's message size.</summary>
    public const int SectionsPerMessage = 4;

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Args.Count > 0)
        {
            return Replies.Mistake("`/prodev export` sends your own data and takes no other words.", "/prodev export");
        }

        var data = await export.BuildAsync(context.UserId, cancellationToken);
        var messages = data.Sections.Chunk(SectionsPerMessage).ToList();
        var stamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var envelopes = messages.Select((sections, i) =>
        {
            var builder = new MessageBuilder();
            foreach (var section in sections)
            {
                builder.Section(section);
            }

            builder.Context($"ProDev data export, part {i + 1} of {messages.Count}");
            return new OutboxEnvelope($"export:{context.UserId}:{stamp}:{i + 1}", "export", context.UserId,
                builder.Build($"Your ProDev data export, part {i + 1} of {messages.Count}"));
        });
        await outbox.EnqueueAsync(envelopes, cancellationToken);

        return Replies.Text($"*Your data export* ({data.Summary}) is on its way to our DM in {messages.Count} " +
                            $"message{(messages.Count == 1 ? "" : "s")}. `/prodev forget-me` deletes it all.");
    }
}
