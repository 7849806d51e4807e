using ProDevBot.Slack.Blocks;

namespace ProDevBot.Commands;

/// <summary>
/// A modal with only a message and a close button: the answer to a Home-tab click that cannot open its form
/// (a Home tab has no channel to put an ephemeral reply in).
/// </summary>
public static class NoticeModal
{
    public static SlackViewDefinition Build(string title, string markdown) =>
        new SlackViewDefinition("modal", new MessageBuilder(SlackLimits.ViewBlocks).Section(markdown).BuildBlocks())
        {
            Title = new PlainText(title),
            Close = new PlainText("OK"),
        };
}
