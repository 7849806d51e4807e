using Microsoft.Extensions.Options;

namespace ProDevBot.Curriculum;

public static class CurriculumServiceCollectionExtensions
{
    /// <summary>The "Curriculum" section, the catalog loaded from its folder, and link resolution.</summary>
    public static IServiceCollection AddCurriculum(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CurriculumOptions>()
            .Bind(configuration.GetSection(CurriculumOptions.SectionName))
            .Validate(
                o => Uri.TryCreate(o.SiteBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp),
                "Curriculum:SiteBaseUrl must be an absolute http(s) URL, such as https://careerdev.turing.edu.")
            .ValidateOnStart();
        services.AddSingleton(provider =>
            CurriculumLoader.Load(provider.GetRequiredService<IOptions<CurriculumOptions>>().Value.ResolveDirectory()));
        services.AddSingleton(provider =>
            new CurriculumLinks(provider.GetRequiredService<IOptions<CurriculumOptions>>().Value.SiteBaseUrl));
        return services;
    }

    /// <summary>
    /// Loads and validates the curriculum before the bot takes requests: a bad file stops start-up with its name,
    /// the place inside it and the reason, instead of failing the first student who asks.
    /// </summary>
    public static void LoadCurriculum(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            var catalog = app.Services.GetRequiredService<CurriculumCatalog>();
            app.Logger.LogInformation("Curriculum loaded: modules {Modules}", string.Join(", ", catalog.Modules.Select(m => m.Number)));
        }
        catch (CurriculumException error)
        {
            app.Logger.LogCritical("The curriculum cannot be loaded: {Problem}", error.Message);
            throw;
        }
    }
}
