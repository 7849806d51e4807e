namespace ProDevBot.Reflections;

/// <summary>
/// The Slack ids the reflection modal answers to. A button anywhere (the Home tab, a DM) with action_id
/// <see cref="OpenAction"/> opens the current week's reflection; nothing else needs calling.
/// </summary>
public static class ReflectionIds
{
    public const string OpenAction = "open_reflect";
    public const string CallbackId = "reflection";
    public const string TextBlock = "reflection_text";
    public const string TextAction = "text";
    public const int MaxLength = 3000;
}
