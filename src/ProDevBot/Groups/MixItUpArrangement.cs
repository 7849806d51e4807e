namespace ProDevBot.Groups;

/// <summary>The groups a Mix It Up search settled on, and what it could not avoid.</summary>
public sealed record MixItUpArrangement(IReadOnlyList<IReadOnlyList<MixItUpStudent>> Groups, int RepeatPairs, int GroupsWithoutSenior);
