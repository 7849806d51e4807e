namespace ProDevBot.Data;

/// <summary>
/// <c>ProDevBot migrate</c>: applies pending migrations and exits, for deploys that migrate in a step of their own
/// before starting instances (instances also migrate at start-up; both are safe to run at once).
/// </summary>
public static class MigrateVerb
{
    /// <returns>True when the verb ran and the process should exit.</returns>
    public static async Task<bool> TryRunMigrateVerbAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (args is not ["migrate"])
        {
            return false;
        }

        await app.MigrateDatabaseAsync();
        app.Logger.LogInformation("Database migrated ({Provider})", app.Services.GetRequiredService<DatabaseSettings>().Provider);
        return true;
    }
}
