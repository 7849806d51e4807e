using ProDevBot.Slack.Blocks;

namespace ProDevBot.Slack.Tests.Blocks;

public class SlackViewDefinitionTests
{
    [Fact]
    public void PrivateMetadataOver3000CharactersIsRejected() =>
        Assert.Throws<ArgumentException>(() => SlackViewDefinition.Home([]) with { PrivateMetadata = new string('x', 3001) });

    [Fact]
    public void PrivateMetadataOf3000CharactersIsKept() =>
        Assert.Equal(3000, (SlackViewDefinition.Home([]) with { PrivateMetadata = new string('x', 3000) }).PrivateMetadata!.Length);

    [Fact]
    public void TitleSubmitAndCloseAreTruncatedTo24WithEllipsis()
    {
        var view = SlackViewDefinition.Modal("Weekly reflection for module three", [], "cb") with
        {
            Submit = new PlainText("Submit this reflection now"),
            Close = new PlainText("Cancel"),
        };

        Assert.Equal(24, view.Title!.Text.Length);
        Assert.EndsWith("…", view.Title.Text, StringComparison.Ordinal);
        Assert.Equal(24, view.Submit!.Text.Length);
        Assert.Equal("Cancel", view.Close!.Text);
    }
}
