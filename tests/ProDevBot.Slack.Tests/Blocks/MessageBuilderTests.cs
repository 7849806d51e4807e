using System.Text.Json;
using ProDevBot.Slack;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Slack.Tests.Blocks;

public class MessageBuilderTests
{
    private static JsonElement Json(SlackMessage message) =>
        JsonDocument.Parse(JsonSerializer.Serialize(message, SlackJson.Options)).RootElement;

    [Fact]
    public void EveryTextObjectCarriesItsType()
    {
        var message = new MessageBuilder()
            .Header("Week 2")
            .Section("hello", ButtonElement.Create("Open", "open"))
            .Fields("a", "b")
            .Context("small")
            .Actions(ButtonElement.Create("Go", "go"))
            .Build("fallback");

        var json = Json(message);
        var blocks = json.GetProperty("blocks");
        Assert.Equal("plain_text", blocks[0].GetProperty("text").GetProperty("type").GetString());
        Assert.Equal("mrkdwn", blocks[1].GetProperty("text").GetProperty("type").GetString());
        Assert.Equal("plain_text", blocks[1].GetProperty("accessory").GetProperty("text").GetProperty("type").GetString());
        Assert.Equal("button", blocks[1].GetProperty("accessory").GetProperty("type").GetString());
        Assert.Equal("mrkdwn", blocks[2].GetProperty("fields")[1].GetProperty("type").GetString());
        Assert.Equal("plain_text", blocks[4].GetProperty("elements")[0].GetProperty("text").GetProperty("type").GetString());
        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        Assert.False(json.TryGetProperty("replace_original", out _));
    }

    [Fact]
    public void ReplaceOriginalIsWrittenWhenSet() =>
        Assert.True(Json(SlackMessage.Ephemeral("x") with { ReplaceOriginal = true }).GetProperty("replace_original").GetBoolean());

    [Fact]
    public void HeaderIsCutTo150WithAnEllipsis()
    {
        var header = Json(new MessageBuilder().Header(new string('h', 400)).Build("x")).GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString()!;

        Assert.Equal(SlackLimits.HeaderText, header.Length);
        Assert.EndsWith("…", header, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongSectionContinuesInTheNextOneOnALineBreakAndLosesNothing()
    {
        var lines = Enumerable.Range(1, 200).Select(i => $"line {i:D3} " + new string('x', 30)).ToList();
        var text = string.Join('\n', lines);

        var blocks = new MessageBuilder().Section(text).BuildBlocks();

        Assert.True(blocks.Count > 1);
        var texts = blocks.Cast<SectionBlock>().Select(b => b.Text!.Text).ToList();
        Assert.All(texts, t => Assert.InRange(t.Length, 1, SlackLimits.SectionText));
        Assert.Equal(lines, texts.SelectMany(t => t.Split('\n')));
    }

    [Fact]
    public void MoreThanTenFieldsContinueInAnotherSection()
    {
        var blocks = new MessageBuilder().Fields(Enumerable.Range(1, 23).Select(i => $"f{i}")).BuildBlocks();

        Assert.Equal([10, 10, 3], blocks.Cast<SectionBlock>().Select(b => b.Fields!.Count));
    }

    [Fact]
    public void PastFiftyBlocksTheMessageEndsWithANoteInsteadOfBeingRefused()
    {
        var builder = new MessageBuilder();
        for (var i = 0; i < 70; i++)
        {
            builder.Section($"item {i}");
        }

        var blocks = builder.BuildBlocks();

        Assert.Equal(SlackLimits.MessageBlocks, blocks.Count);
        var note = Assert.IsType<ContextBlock>(blocks[^1]);
        Assert.Equal("…and 21 more blocks not shown.", note.Elements[0].Text);
    }

    [Fact]
    public void FallbackTextIsKeptUnder4000Characters()
    {
        var message = new MessageBuilder().Section("x").Build(new string('t', 10_000));

        Assert.Equal(SlackLimits.MessageText, message.Text.Length);
    }

    [Fact]
    public void TruncationNeverSplitsAnEmojiInTwo()
    {
        var text = new string('a', 73) + "👍🏽👍🏽";

        var cut = SlackText.Truncate(text, 75);

        Assert.Equal(new string('a', 73) + "…", cut);
    }

    [Fact]
    public void EscapeNeutralisesMrkdwnControlCharactersAndLinksKeepTheirLabel()
    {
        Assert.Equal("&lt;!channel&gt; &amp; co", SlackText.Escape("<!channel> & co"));
        Assert.Equal("<https://x.test/a|a ¦ b>", SlackText.Link("https://x.test/a", "a | b"));
        Assert.Equal("plain", SlackText.Link(null, "plain"));
    }
}
