using System.Text;

namespace ProDevBot.Curriculum.Import;

/// <summary>
/// Deterministic ids for imported deliverables, so two imports of the same site agree. Two follow the bot's
/// conventions, because the bot relies on them: a weekly exit ticket is <c>exit-ticket-N</c>, and the
/// self-evaluation is <c>self-evaluation</c> (its reminder is tied to that id). Any other id is the title's slug.
/// </summary>
internal static class DeliverableIds
{
    private const int MaxLength = 48;

    public static string For(SiteDeliverable deliverable)
    {
        ArgumentNullException.ThrowIfNull(deliverable);
        var title = deliverable.Title;
        if (title.Contains("self-evaluation", StringComparison.OrdinalIgnoreCase) || title.Contains("self evaluation", StringComparison.OrdinalIgnoreCase))
        {
            return "self-evaluation";
        }

        return deliverable.EachWeek is { } week && title.Contains("exit ticket", StringComparison.OrdinalIgnoreCase)
            ? $"exit-ticket-{week}"
            : Slug(title);
    }

    /// <summary>Lowercase letters and digits joined by single hyphens, cut at a hyphen to at most 48 characters.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        if (result.Length > MaxLength)
        {
            var cut = result.LastIndexOf('-', MaxLength);
            result = cut > 0 ? result[..cut] : result[..MaxLength];
        }

        return result.Length > 0 ? result : "deliverable";
    }

    /// <summary><paramref name="id"/>, or it with "-2", "-3", … when an earlier item already has it.</summary>
    public static string Unique(string id, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
