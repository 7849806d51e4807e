using Microsoft.Extensions.Options;

namespace ProDevBot.Hosting;

public static class ProDevServiceCollectionExtensions
{
    /// <summary>The "ProDev" section, validated at start-up.</summary>
    public static IServiceCollection AddProDevOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProDevOptions>().Bind(configuration.GetSection(ProDevOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProDevOptions>, ProDevOptionsValidator>();
        services.AddOptions<WebOptions>().Bind(configuration.GetSection(WebOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebOptions>, WebOptionsValidator>();
        return services;
    }
}
