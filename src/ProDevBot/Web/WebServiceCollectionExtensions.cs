using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Hosting;
using ProDevBot.Web.Pages;
using ProDevBot.Web.SignIn;

namespace ProDevBot.Web;

/// <summary>The coach pages: `/prodev web` hands out a sign-in link; `/web/…` serves server-rendered HTML to signed-in coaches.</summary>
public static class WebServiceCollectionExtensions
{
    public const string CoachPolicy = "Coach";

    public static IServiceCollection AddCoachWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SignInLinks>();
        services.AddSingleton<CurriculumPage>();
        services.AddSubcommand<WebCommand>(new("web", "a one-time link (10 minutes) to the coach pages in your browser", WebCommand.Example, CoachOnly: true));

        // Keys in the bot's database: a restart (or a new container) still reads the cookies it issued.
        services.AddDataProtection().SetApplicationName("ProDevBot").PersistKeysToDbContext<ProDevDbContext>();
        services.AddAuthentication(CoachSession.Scheme).AddCookie(CoachSession.Scheme);
        services.AddOptions<CookieAuthenticationOptions>(CoachSession.Scheme)
            .Configure<IOptions<WebOptions>>((cookie, web) => CoachSession.Configure(cookie, web.Value));
        services.AddAuthorizationBuilder()
            .AddPolicy(CoachPolicy, policy => policy.AddAuthenticationSchemes(CoachSession.Scheme).RequireAuthenticatedUser());
        return services;
    }

    public static IEndpointRouteBuilder MapCoachWeb(this IEndpointRouteBuilder endpoints)
    {
        var web = endpoints.MapGroup("/web");
        SignInEndpoints.Map(web);

        var pages = web.MapGroup("").RequireAuthorization(CoachPolicy);
        pages.MapGet("/", () => Results.Redirect("/web/cohorts"));
        pages.MapGet("/cohorts", CohortsPage.GetAsync);
        pages.MapGet("/cohorts/{id}", CohortPage.GetAsync);
        pages.MapGet("/cohorts/{id}/chart.png", CohortChart.GetAsync);
        pages.MapGet("/cohorts/{id}/schedule", SchedulePage.GetAsync);
        pages.MapGet("/students/{id}", StudentPage.GetAsync);
        pages.MapGet("/curriculum", (CurriculumPage page) => page.Index());
        pages.MapGet("/curriculum/{module:int}", (int module, CurriculumPage page) => page.Module(module));
        return endpoints;
    }
}
