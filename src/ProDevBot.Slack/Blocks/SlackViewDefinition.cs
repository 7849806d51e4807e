using System.Text.Json.Serialization;

namespace ProDevBot.Slack.Blocks;

/// <summary>
/// A view the bot sends with views.open, views.update, views.push or views.publish
/// (https://api.slack.com/reference/surfaces/views). Title, submit and close are cut to 24 characters because
/// Slack refuses longer ones; <see cref="PrivateMetadata"/> is data, so a longer one is refused here instead of cut.
/// </summary>
public sealed record SlackViewDefinition
{
    private readonly PlainText? _title;
    private readonly PlainText? _submit;
    private readonly PlainText? _close;
    private readonly string? _privateMetadata;

    public SlackViewDefinition(string type, IReadOnlyList<Block> blocks)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentNullException.ThrowIfNull(blocks);
        Type = type;
        Blocks = blocks;
    }

    /// <summary><c>modal</c> or <c>home</c>.</summary>
    public string Type { get; }

    [JsonIgnore]
    public PlainText? Title { get => _title; init => _title = Fit(value); }

    [JsonIgnore]
    public PlainText? Submit { get => _submit; init => _submit = Fit(value); }

    [JsonIgnore]
    public PlainText? Close { get => _close; init => _close = Fit(value); }

    // Written through the polymorphic base so the JSON carries "type": "plain_text"; STJ writes the
    // discriminator only when the declared type is TextObject.
    [JsonInclude]
    [JsonPropertyName("title")]
    private TextObject? TitleJson => _title;

    [JsonInclude]
    [JsonPropertyName("submit")]
    private TextObject? SubmitJson => _submit;

    [JsonInclude]
    [JsonPropertyName("close")]
    private TextObject? CloseJson => _close;

    public IReadOnlyList<Block> Blocks { get; init; }

    public string? CallbackId { get; init; }

    /// <summary>Up to 3000 characters handed back on submission; longer throws <see cref="ArgumentException"/>.</summary>
    public string? PrivateMetadata
    {
        get => _privateMetadata;
        init
        {
            if (value is { Length: > SlackLimits.PrivateMetadata })
            {
                throw new ArgumentException(
                    $"private_metadata is {value.Length} characters; Slack allows {SlackLimits.PrivateMetadata}.", nameof(value));
            }

            _privateMetadata = value;
        }
    }

    /// <summary>An id of our own, unique per workspace, to update the view without knowing Slack's view id.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Ask Slack for a view_closed payload when the user closes the modal.</summary>
    public bool? NotifyOnClose { get; init; }

    public static SlackViewDefinition Modal(string title, IReadOnlyList<Block> blocks, string callbackId) =>
        new("modal", blocks) { Title = new PlainText(title), CallbackId = callbackId };

    public static SlackViewDefinition Home(IReadOnlyList<Block> blocks) => new("home", blocks);

    private static PlainText? Fit(PlainText? text) =>
        text is null ? null : text with { Text = SlackText.Truncate(text.Text, SlackLimits.ModalTitle) };
}
