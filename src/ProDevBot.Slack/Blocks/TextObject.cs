using System.Text.Json.Serialization;

namespace ProDevBot.Slack.Blocks;

/// <summary>A composition text object (https://api.slack.com/reference/block-kit/composition-objects#text).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PlainText), "plain_text")]
[JsonDerivedType(typeof(MarkdownText), "mrkdwn")]
public abstract record TextObject(string Text);

public sealed record PlainText(string Text) : TextObject(Text)
{
    public bool Emoji { get; init; } = true;
}

public sealed record MarkdownText(string Text) : TextObject(Text);
