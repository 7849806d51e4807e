namespace ProDevBot.Curriculum.Import;

/// <summary>One positional argument and "--name value" options; anything else is a usage problem.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string? Positional { get; private set; }

    public string? Problem { get; private set; }

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public static CliArguments Parse(IEnumerable<string> args, string[] known)
    {
        var result = new CliArguments();
        var list = args.ToList();
        for (var i = 0; i < list.Count && result.Problem is null; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                result.Problem = result.Positional is null ? null : $"unexpected argument '{arg}'";
                result.Positional ??= arg;
            }
            else if (!known.Contains(arg))
            {
                result.Problem = $"unknown option '{arg}'";
            }
            else if (i + 1 >= list.Count || list[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                result.Problem = $"option '{arg}' needs a folder after it";
            }
            else if (!result._values.TryAdd(arg, list[++i]))
            {
                result.Problem = $"option '{arg}' is given twice";
            }
        }

        return result;
    }
}
