namespace ProDevBot.Curriculum;

/// <summary>The "Curriculum" configuration section.</summary>
public sealed class CurriculumOptions
{
    public const string SectionName = "Curriculum";

    /// <summary>Folder of module YAML files; unset means the copy bundled beside the binary.</summary>
    public string? Path { get; set; }

    /// <summary>The curriculum site that site-relative links ("/module_one/mod1_week1") point into; its CNAME names this host.</summary>
    public string SiteBaseUrl { get; set; } = "https://careerdev.turing.edu";

    /// <summary>The folder to load: <see cref="Path"/> when set, else <see cref="CurriculumLoader.DefaultDirectory"/>.</summary>
    public string ResolveDirectory() => string.IsNullOrWhiteSpace(Path) ? CurriculumLoader.DefaultDirectory : Path;
}
