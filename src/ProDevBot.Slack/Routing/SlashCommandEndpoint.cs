using Microsoft.AspNetCore.Http;

namespace ProDevBot.Slack.Routing;

/// <summary><c>POST /slack/commands</c>: form fields → <see cref="Payloads.SlashCommand"/> → the dispatcher → JSON reply.</summary>
internal static class SlashCommandEndpoint
{
    /// <summary>
    /// Slack's certificate check: a form post with <c>ssl_check=1</c> (and a token), which Slack may not sign. It gets an
    /// empty 200 before verification and nothing in it is processed, whatever else it carries. Null for anything else.
    /// </summary>
    public static IResult? AnswerSslCheck(HttpRequest request, byte[] body) =>
        body.AsSpan().IndexOf("ssl_check"u8) >= 0 // every command passes here: parse the form twice only when it may be one
        && SlackContentType.Is(request.ContentType, SlackContentType.Form)
        && SlackForm.TryParse(body) is { } form && SlackForm.Field(form, "ssl_check") == "1"
            ? Results.Ok()
            : null;

    public static async Task<SlackAnswer> HandleAsync(HttpContext context, byte[] body, SlackDispatcher dispatcher)
    {
        if (!SlackContentType.Is(context.Request.ContentType, SlackContentType.Form))
        {
            return SlackAnswer.Reject(StatusCodes.Status415UnsupportedMediaType, $"Content-Type must be {SlackContentType.Form}.");
        }

        if (SlackForm.TryParse(body) is not { } form)
        {
            return SlackAnswer.Reject(StatusCodes.Status400BadRequest, "Body is not a valid UTF-8 url-encoded form.");
        }

        var (command, problem) = SlashCommandReader.Read(name => SlackForm.Field(form, name), SlackArrival.Of(context));
        return command is null
            ? SlackAnswer.Reject(StatusCodes.Status400BadRequest, problem!)
            : await dispatcher.AnswerAsync(command, context.RequestAborted);
    }
}
