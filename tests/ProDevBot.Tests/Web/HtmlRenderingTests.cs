using ProDevBot.Slack.Blocks;
using ProDevBot.Web.Html;

namespace ProDevBot.Tests.Web;

/// <summary>Block Kit and mrkdwn to HTML: what users typed stays text, and only safe links become anchors.</summary>
public sealed class HtmlRenderingTests
{
    [Fact]
    public void TextFromUsersIsEncodedNotInterpreted()
    {
        var html = SlackMarkdownHtml.Render(SlackText.Escape("<script>alert(1)</script> & \"quotes\""));

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;", html);
    }

    [Fact]
    public void LinksMentionsAndEmphasisBecomeHtml()
    {
        var html = SlackMarkdownHtml.Render("*Due* _soon_ ~old~ `done 2`: <https://example.org/a?b=1&amp;c=2|the &lt;page&gt;> for <@U0STUDA>\nnext");

        Assert.Equal(
            "<strong>Due</strong> <em>soon</em> <s>old</s> <code>done 2</code>: <a href=\"https://example.org/a?b=1&amp;c=2\">the &lt;page&gt;</a> for " +
            "<span class=\"mention\">@U0STUDA</span><br>\nnext",
            html);
    }

    [Fact]
    public void AScriptLinkStaysPlainText()
    {
        var html = SlackMarkdownHtml.Render("<javascript:alert(1)|click me>");

        Assert.Equal("click me", html);
    }

    [Fact]
    public void CheckboxesAndButtonsRenderAsStaticElements()
    {
        var boxes = CheckboxesElement.Create("check", [OptionObject.Create("Draft <one>", "a"), OptionObject.Create("Send it", "b")], ["b"]);
        var message = new MessageBuilder()
            .Header("Week 1 & more")
            .Section("*Resume*", boxes)
            .Section("Portfolio", ButtonElement.Create("Mark done", "done", "p"))
            .Context("Cohort 2603")
            .Build("fallback");

        var html = BlockKitHtml.Render(message);

        Assert.Contains("<h3>Week 1 &amp; more</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"checkbox\" disabled> Draft &lt;one&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"checkbox\" disabled checked> Send it", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"button\">Mark done</span>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"context\">Cohort 2603</p>", html, StringComparison.Ordinal);
    }
}
