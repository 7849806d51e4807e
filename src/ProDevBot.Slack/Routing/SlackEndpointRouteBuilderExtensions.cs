using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProDevBot.Slack.Telemetry;

namespace ProDevBot.Slack.Routing;

/// <summary>Maps the three request URLs Slack posts to.</summary>
public static class SlackEndpointRouteBuilderExtensions
{
    private const string LoggerCategory = "ProDevBot.Slack.Routing";

    /// <summary>
    /// Maps <c>POST {prefix}/commands</c>, <c>{prefix}/interactions</c> and <c>{prefix}/events</c>. Each reads the
    /// body (at most 64 kB, else 413), answers Slack's <c>ssl_check</c> on commands with an empty 200 (it may come
    /// unsigned; nothing else runs), verifies the signature (else 401, no handler runs), then parses and
    /// dispatches to the registered <see cref="ISlashCommandHandler"/>, the <see cref="IInteractionHandler"/> registered for the payload's key, or
    /// <see cref="ISlackEventHandler"/>. Bad input gets a one-line plain-text 4xx, never a 500.
    /// </summary>
    /// <returns>The route group, to add metadata such as rate limiting.</returns>
    public static RouteGroupBuilder MapSlack(this IEndpointRouteBuilder endpoints, string prefix = "/slack")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(prefix);
        group.MapPost("/commands", context => RunAsync(context, "command", SlashCommandEndpoint.HandleAsync, SlashCommandEndpoint.AnswerSslCheck));
        group.MapPost("/interactions", context => RunAsync(context, "interaction", InteractionEndpoint.HandleAsync));
        group.MapPost("/events", context => RunAsync(context, "event", EventEndpoint.HandleAsync));
        return group;
    }

    private static async Task RunAsync(
        HttpContext context, string kind, Func<HttpContext, byte[], SlackDispatcher, Task<SlackAnswer>> handle, Func<HttpRequest, byte[], IResult?>? answerUnverified = null)
    {
        SlackArrival.Mark(context);
        using var activity = SlackTelemetry.StartRequest(kind, "http");
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LoggerCategory);
        IResult result;
        try
        {
            var (body, rejection) = await SlackRequestReader.ReadVerifiedAsync(context, logger, answerUnverified);
            result = body is null
                ? rejection!
                : SlackResults.ToHttp(await handle(context, body, new SlackDispatcher(context.RequestServices, logger)));
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            // The last net: handlers are already guarded, so only a parsing gap reaches here, and a 500 would make
            // Slack retry a request that fails the same way every time. Logged as an error to be fixed.
            logger.LogError(e, "Unexpected failure reading a Slack request to {Path}", context.Request.Path);
            result = SlackResults.ToHttp(SlackAnswer.Reject(StatusCodes.Status400BadRequest, "The request could not be read."));
        }

        await result.ExecuteAsync(context);
        context.RequestServices.GetService<SlackTelemetry>()?.Answered(activity, kind, "http", context.Response.StatusCode);
    }
}
