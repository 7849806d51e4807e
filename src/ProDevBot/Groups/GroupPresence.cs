using System.Collections.Concurrent;

namespace ProDevBot.Groups;

/// <summary>
/// Remembers, per cohort and week, whether any group is formed at all, so that `/prodev week` and the Home tab of a
/// cohort without groups (most of them, most weeks) cost no database read for groups. Forming groups on this
/// instance forgets every answer at once; another instance's answers age out after <see cref="For"/>, so a student
/// there sees newly formed groups within 30 seconds.
/// </summary>
public sealed class GroupPresence(TimeProvider clock)
{
    public static readonly TimeSpan For = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<(string Cohort, int Week), (bool Any, long Generation, DateTimeOffset At)> _answers = new();
    private long _generation;

    public async Task<bool> AnyAsync(string cohortId, int week, Func<Task<bool>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var now = clock.GetUtcNow();
        var generation = Interlocked.Read(ref _generation);
        if (_answers.TryGetValue((cohortId, week), out var known) && known.Generation == generation && now - known.At < For)
        {
            return known.Any;
        }

        var any = await load();
        _answers[(cohortId, week)] = (any, generation, now);
        return any;
    }

    /// <summary>Groups were formed or re-formed here: every cached answer may be stale.</summary>
    public void Changed() => Interlocked.Increment(ref _generation);
}
