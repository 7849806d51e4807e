using System.Text.Json;
using ProDevBot.Slack;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Slack.Tests.Blocks;

public class InputElementTests
{
    private static JsonElement Json(SlackViewDefinition view) =>
        JsonDocument.Parse(JsonSerializer.Serialize(view, SlackJson.Options)).RootElement.GetProperty("blocks");

    private static readonly OptionObject[] Two = [OptionObject.Create("Coffee chat", "coffee"), OptionObject.Create("Call", "call")];

    [Fact]
    public void ModalInputsCarryTheirTypesAndFields()
    {
        var blocks = Json(SlackViewDefinition.Modal("Log", [
            InputBlock.Create("text", "What did you learn?", PlainTextInputElement.Create("value", 3000, multiline: true, "so far", "Type here"), hint: "Be specific"),
            InputBlock.Create("when", "When", DatepickerElement.Create("date", new DateOnly(2026, 3, 11))),
            InputBlock.Create("kind", "How", StaticSelectElement.Create("kind", Two, Two[1]), optional: true),
            InputBlock.Create("url", "Link", UrlInputElement.Create("url", "https://example.com")),
        ], "cb"));

        Assert.Equal("input", blocks[0].GetProperty("type").GetString());
        Assert.Equal("text", blocks[0].GetProperty("block_id").GetString());
        Assert.Equal("plain_text", blocks[0].GetProperty("label").GetProperty("type").GetString());
        Assert.Equal("Be specific", blocks[0].GetProperty("hint").GetProperty("text").GetString());
        var text = blocks[0].GetProperty("element");
        Assert.Equal("plain_text_input", text.GetProperty("type").GetString());
        Assert.True(text.GetProperty("multiline").GetBoolean());
        Assert.Equal(3000, text.GetProperty("max_length").GetInt32());
        Assert.Equal("so far", text.GetProperty("initial_value").GetString());
        Assert.Equal("plain_text", text.GetProperty("placeholder").GetProperty("type").GetString());
        Assert.Equal("datepicker", blocks[1].GetProperty("element").GetProperty("type").GetString());
        Assert.Equal("2026-03-11", blocks[1].GetProperty("element").GetProperty("initial_date").GetString());
        Assert.False(blocks[1].TryGetProperty("optional", out _));
        Assert.True(blocks[2].GetProperty("optional").GetBoolean());
        Assert.Equal("static_select", blocks[2].GetProperty("element").GetProperty("type").GetString());
        Assert.Equal("call", blocks[2].GetProperty("element").GetProperty("initial_option").GetProperty("value").GetString());
        Assert.Equal("plain_text", blocks[2].GetProperty("element").GetProperty("options")[0].GetProperty("text").GetProperty("type").GetString());
        Assert.Equal("url_text_input", blocks[3].GetProperty("element").GetProperty("type").GetString());
    }

    [Fact]
    public void CheckboxesAsASectionAccessoryListTheTickedOptionsOnly()
    {
        var none = CheckboxesElement.Create("check", Two);
        var one = CheckboxesElement.Create("check", Two, ["call"]);
        var message = new MessageBuilder().Section("a", none).Section("b", one).Build("x");

        var blocks = JsonDocument.Parse(JsonSerializer.Serialize(message, SlackJson.Options)).RootElement.GetProperty("blocks");

        Assert.Equal("checkboxes", blocks[0].GetProperty("accessory").GetProperty("type").GetString());
        Assert.False(blocks[0].GetProperty("accessory").TryGetProperty("initial_options", out _));
        Assert.Equal("call", blocks[1].GetProperty("accessory").GetProperty("initial_options")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void LabelsHintsPlaceholdersAndOptionTextAreTruncated()
    {
        var block = InputBlock.Create("b", new string('l', 2500), PlainTextInputElement.Create("a", placeholder: new string('p', 200)), hint: new string('h', 2500));
        var option = OptionObject.Create(new string('o', 100), "v");

        Assert.Equal(SlackLimits.InputLabel, block.Label.Text.Length);
        Assert.Equal(SlackLimits.InputHint, block.Hint!.Text.Length);
        Assert.Equal(SlackLimits.Placeholder, ((PlainTextInputElement)block.Element).Placeholder!.Text.Length);
        Assert.Equal(SlackLimits.OptionText, option.Text.Text.Length);
        Assert.EndsWith("…", option.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DataThatMustNotBeCutIsRefused()
    {
        var eleven = Enumerable.Range(1, 11).Select(i => OptionObject.Create($"Item {i}", $"i{i}")).ToList();
        var many = Enumerable.Range(1, 101).Select(i => OptionObject.Create($"Item {i}", $"i{i}")).ToList();

        Assert.Throws<ArgumentException>(() => CheckboxesElement.Create("c", eleven));
        Assert.Throws<ArgumentException>(() => StaticSelectElement.Create("s", many));
        Assert.Throws<ArgumentException>(() => OptionObject.Create("text", new string('v', 76)));
        Assert.Throws<ArgumentException>(() => InputBlock.Create(new string('b', 256), "label", DatepickerElement.Create("d")));
    }
}
