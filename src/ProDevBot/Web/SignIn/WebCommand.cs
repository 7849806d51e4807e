using System.Globalization;
using Microsoft.Extensions.Options;
using ProDevBot.Hosting;
using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Web.SignIn;

/// <summary>`/prodev web` (coaches only): a one-time link that signs the coach in to the bot's pages in a browser.</summary>
internal sealed class WebCommand(SignInLinks links, IOptionsMonitor<WebOptions> options) : IProDevSubcommand
{
    public const string HelpLine = "a one-time link (10 minutes) to the coach pages in your browser (coaches only)";
    public const string Example = "/prodev web";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsCoach)
        {
            return Replies.CoachesOnly("`/prodev web`");
        }

        if (context.Args.Count > 0)
        {
            return Replies.Mistake("`/prodev web` takes no words after it.", Example);
        }

        var web = options.CurrentValue;
        if (web.PublicBaseUrl is null)
        {
            return Replies.Text("The coach pages are off: an admin sets `Web:PublicBaseUrl` to the bot's public address to turn them on.");
        }

        var token = await links.IssueAsync(context.UserId, cancellationToken);
        var url = web.Link($"web/sign-in?token={token}").AbsoluteUri;
        var minutes = SignInLinks.Lifetime.TotalMinutes.ToString(CultureInfo.InvariantCulture);
        return new MessageBuilder()
            .Section($"{SlackText.Link(url, "Open the coach pages")}\nThis link signs you in once and works for {minutes} minutes. Don't share it.")
            .Context($"You stay signed in for {CoachSession.Lifetime.TotalHours.ToString(CultureInfo.InvariantCulture)} hours; sign out at the bottom of any page.")
            .Build($"Open the coach pages: {url} (one use, {minutes} minutes)");
    }
}
