using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ProDevBot.Hosting;

/// <summary>Checks the "ProDev" section at start-up, naming the key at fault.</summary>
internal sealed partial class ProDevOptionsValidator : IValidateOptions<ProDevOptions>
{
    public ValidateOptionsResult Validate(string? name, ProDevOptions options)
    {
        var failures = options.Coaches
            .Select((id, i) => (id, i))
            .Where(c => !SlackUserId().IsMatch(c.id ?? ""))
            .Select(c => $"ProDev:Coaches:{c.i} is '{c.id}', which is not a Slack user id (U… or W…, e.g. U012ABCDEF).")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[UW][A-Z0-9]{2,30}$")]
    private static partial Regex SlackUserId();
}
