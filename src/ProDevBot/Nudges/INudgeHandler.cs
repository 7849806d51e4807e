using ProDevBot.Cohorts;
using ProDevBot.Outbox;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Nudges;

/// <summary>
/// Writes a nudge kind that is not a message to every student (the coaches' Friday digest): registered keyed by its
/// <see cref="NudgeKind"/> by the feature that owns it, so the runner and previews need not know that feature.
/// </summary>
public interface INudgeHandler
{
    /// <summary>The outbox rows for <paramref name="occurrence"/>, keys starting with <paramref name="keyPrefix"/>; not stored.</summary>
    Task<List<OutboxEnvelope>> EnvelopesAsync(Cohort cohort, NudgeOccurrence occurrence, string keyPrefix, CancellationToken cancellationToken);

    /// <summary>The message as its recipients will get it, for `/prodev preview`.</summary>
    Task<SlackMessage> PreviewAsync(Cohort cohort, NudgeOccurrence occurrence, CancellationToken cancellationToken);
}
