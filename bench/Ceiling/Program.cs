using ProDevBot.Slack.Verification;

// The least a Slack endpoint can do: read the body, verify the signature, answer. The bot is measured against it.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var secret = app.Configuration["Slack:SigningSecret"];
var reply = """{"response_type":"ephemeral","text":"fixed reply"}"""u8.ToArray();

app.MapPost("/slack/commands", async (HttpContext context) =>
{
    using var buffer = new MemoryStream();
    await context.Request.Body.CopyToAsync(buffer);
    var result = SlackSignatureVerifier.Verify(
        secret,
        context.Request.Headers["X-Slack-Request-Timestamp"],
        context.Request.Headers["X-Slack-Signature"],
        buffer.GetBuffer().AsSpan(0, (int)buffer.Length),
        TimeProvider.System.GetUtcNow());
    if (result != SignatureVerificationResult.Valid)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return;
    }

    context.Response.ContentType = "application/json";
    await context.Response.Body.WriteAsync(reply);
});

await app.RunAsync();
