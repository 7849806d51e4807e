using ProDevBot.Curriculum;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Reflections;

/// <summary>The reflection form: the week's prompt as the label of one long text field, filled in when editing.</summary>
internal static class ReflectionModal
{
    public const string DefaultPrompt = "What did you learn about yourself this week, and what will you do next because of it?";

    public static string PromptOf(Week week) => week.ReflectionPrompt ?? DefaultPrompt;

    public static SlackViewDefinition Build(ReflectionTarget target, Week week, string? existing) =>
        SlackViewDefinition.Modal($"Week {week.Number} reflection", [
            new MessageBuilder().Context($"Module {target.Module} · Week {week.Number}: {week.Topic}").BuildBlocks()[0],
            InputBlock.Create(
                ReflectionIds.TextBlock,
                PromptOf(week),
                PlainTextInputElement.Create(
                    ReflectionIds.TextAction, ReflectionIds.MaxLength, multiline: true, existing, "A few honest sentences are plenty."),
                hint: existing is null ? "You can come back and edit it later." : "Editing the reflection you saved."),
        ], ReflectionIds.CallbackId) with
        {
            Submit = new PlainText("Save"),
            Close = new PlainText("Cancel"),
            PrivateMetadata = target.ToMetadata(),
        };
}
