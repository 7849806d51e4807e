using System.Text.Json.Serialization;

namespace ProDevBot.Slack.Blocks;

/// <summary>
/// An interactive element (https://api.slack.com/reference/block-kit/block-elements). Properties typed as this base
/// make System.Text.Json write the <c>type</c> discriminator; build elements through their <c>Create</c> methods,
/// which enforce Slack's limits.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ButtonElement), "button")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
[JsonDerivedType(typeof(UrlInputElement), "url_text_input")]
[JsonDerivedType(typeof(DatepickerElement), "datepicker")]
[JsonDerivedType(typeof(StaticSelectElement), "static_select")]
[JsonDerivedType(typeof(CheckboxesElement), "checkboxes")]
public abstract record BlockElement(string ActionId);
