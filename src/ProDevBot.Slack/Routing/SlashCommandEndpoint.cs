using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.Payloads;

namespace ProDevBot.Slack.Routing;

/// <summary><c>POST /slack/commands</c>: form fields → <see cref="SlashCommand"/> → its handler → JSON reply.</summary>
internal static class SlashCommandEndpoint
{
    private static readonly string[] RequiredFields = ["team_id", "channel_id", "user_id", "command"];

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

    public static async Task<IResult> HandleAsync(HttpContext context, byte[] body, ILogger logger)
    {
        if (!SlackContentType.Is(context.Request.ContentType, SlackContentType.Form))
        {
            return SlackResults.Reject(StatusCodes.Status415UnsupportedMediaType, $"Content-Type must be {SlackContentType.Form}.");
        }

        if (SlackForm.TryParse(body) is not { } form)
        {
            return SlackResults.Reject(StatusCodes.Status400BadRequest, "Body is not a valid UTF-8 url-encoded form.");
        }

        foreach (var field in RequiredFields)
        {
            if (SlackForm.Field(form, field) is null)
            {
                return SlackResults.Reject(StatusCodes.Status400BadRequest, $"Missing form field {field}.");
            }
        }

        if (!SlackIds.IsUser(SlackForm.Field(form, "user_id")))
        {
            return SlackResults.Reject(StatusCodes.Status400BadRequest, "Form field user_id is not a Slack user id.");
        }

        var command = ToSlashCommand(form) with { ReceivedAt = SlackArrival.Of(context) };
        var handler = context.RequestServices.GetServices<ISlashCommandHandler>()
            .FirstOrDefault(h => string.Equals(h.Command, command.Command, StringComparison.OrdinalIgnoreCase));

        // 200 with an ephemeral line rather than 404: Slack would show the user an opaque failure instead.
        if (handler is null)
        {
            return SlackResults.Json(SlackMessage.Ephemeral($"Unknown command {command.Command}"));
        }

        try
        {
            return SlackResults.Json(await handler.HandleAsync(command, context.RequestAborted));
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            // Any handler failure becomes an apology the user can act on, not Slack's operation_timeout.
            // The exception is logged; the request body and the user's text are not.
            logger.LogError(e, "Slash command handler for {Command} failed", command.Command);
            return SlackResults.Json(SlackMessage.Ephemeral(
                $"Sorry, something went wrong while running {command.Command}. Please try again in a moment."));
        }
    }

    private static SlashCommand ToSlashCommand(Dictionary<string, StringValues> form) => new()
    {
        TeamId = SlackForm.Field(form, "team_id")!,
        TeamDomain = SlackForm.Field(form, "team_domain"),
        EnterpriseId = SlackForm.Field(form, "enterprise_id"),
        ChannelId = SlackForm.Field(form, "channel_id")!,
        ChannelName = SlackForm.Field(form, "channel_name"),
        UserId = SlackForm.Field(form, "user_id")!,
        UserName = SlackForm.Field(form, "user_name"),
        Command = SlackForm.Field(form, "command")!,
        Text = SlackForm.Field(form, "text") ?? "",
        ResponseUrl = SlackForm.Field(form, "response_url"),
        TriggerId = SlackForm.Field(form, "trigger_id"),
        ApiAppId = SlackForm.Field(form, "api_app_id"),
        IsEnterpriseInstall = string.Equals(SlackForm.Field(form, "is_enterprise_install"), "true", StringComparison.OrdinalIgnoreCase),
    };
}
