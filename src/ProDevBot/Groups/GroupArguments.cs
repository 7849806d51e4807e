using System.Globalization;

namespace ProDevBot.Groups;

/// <summary>Reads the words of `/prodev groups …`: numbers, `size n`, `seed n`, user mentions and room links.</summary>
public static class GroupArguments
{
    public const int MaxUrlLength = 3000; // a button's url limit, the strictest place a room link goes

    public static bool TryNumber(string word, out int number) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    /// <summary>Takes `name n` out of <paramref name="words"/>; false with a reason when it is there but wrong.</summary>
    public static bool TryTakeNumber(List<string> words, string name, int min, int max, out int? value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(words);
        (value, error) = (null, null);
        var at = words.FindIndex(w => string.Equals(w, name, StringComparison.OrdinalIgnoreCase));
        if (at < 0)
        {
            return true;
        }

        if (at + 1 >= words.Count || !TryNumber(words[at + 1], out var n) || n < min || n > max)
        {
            error = $"`{name}` needs a whole number from {min} to {max}.";
            return false;
        }

        words.RemoveRange(at, 2);
        value = n;
        return true;
    }

    /// <summary>Takes a bare word such as `reform` out of <paramref name="words"/>.</summary>
    public static bool TakeFlag(List<string> words, string flag)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.RemoveAll(w => string.Equals(w, flag, StringComparison.OrdinalIgnoreCase)) > 0;
    }

    /// <summary>A Slack mention as escaped command text sends it (<c>&lt;@U123|name&gt;</c>), or a bare user id.</summary>
    public static string? UserId(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var id = word.StartsWith("<@", StringComparison.Ordinal) && word.EndsWith('>') ? word[2..^1].Split('|')[0] : word;
        return id.Length is > 1 and <= 32 && (id[0] == 'U' || id[0] == 'W') && id.All(char.IsAsciiLetterOrDigit) ? id : null;
    }

    /// <summary>An absolute http(s) link, as typed or as Slack wraps it (<c>&lt;https://…&gt;</c> or <c>&lt;https://…|label&gt;</c>).</summary>
    public static string? RoomUrl(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var text = word.StartsWith('<') && word.EndsWith('>') ? word[1..^1].Split('|')[0] : word;
        return text.Length <= MaxUrlLength
               && Uri.TryCreate(text, UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
               && uri.Host.Length > 0
               && !text.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '|')
            ? text
            : null;
    }

    /// <summary>`3` or `group 3`: takes the group number from the front of <paramref name="words"/>.</summary>
    public static int? TakeGroupNumber(List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count > 1 && string.Equals(words[0], "group", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0 || !TryNumber(words[0], out var n))
        {
            return null;
        }

        words.RemoveAt(0);
        return n;
    }
}
