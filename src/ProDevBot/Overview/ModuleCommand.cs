using System.Globalization;
using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Overview;

/// <summary>`/prodev module [n]`: a module at a glance; without n, the module of the student's cohort.</summary>
internal sealed class ModuleCommand(ModuleScopes scopes, ModuleMessage message) : IProDevSubcommand
{
    private const string Example = "/prodev module 2";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        // "module 2" and "module module 2" both name module 2; the scopes read "module N" from the words.
        var words = context.Args.ToList();
        if (words.Count == 1 && int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            words.Insert(0, "module");
        }
        else if (words.Count > 0 && !words[0].Equals("module", StringComparison.OrdinalIgnoreCase))
        {
            return Replies.Mistake($"I don't understand `{SlackText.Escape(string.Join(' ', words))}`; give a module number, 1 to 4.", Example);
        }

        var (scope, problem) = await scopes.ResolveAsync(context, words, Example, cancellationToken);
        if (scope is null)
        {
            return problem!;
        }

        return words.Count > 0
            ? Replies.Mistake($"I don't understand `{SlackText.Escape(string.Join(' ', words))}`; give one module number.", Example)
            : message.Build(scope);
    }
}
