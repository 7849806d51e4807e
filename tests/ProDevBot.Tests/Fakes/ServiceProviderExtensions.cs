using Microsoft.Extensions.DependencyInjection;

namespace ProDevBot.Tests.Fakes;

internal static class ServiceProviderExtensions
{
    /// <summary>A scoped service from a scope the test does not dispose (the host's disposal cleans up).</summary>
    public static T GetRequiredServiceInScope<T>(this IServiceProvider services)
        where T : notnull =>
        services.CreateScope().ServiceProvider.GetRequiredService<T>();
}
