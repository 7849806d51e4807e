using Microsoft.EntityFrameworkCore;

namespace ProDevBot.Data;

/// <summary>Serves <see cref="ProDevDbContext"/> from a provider's own context type, so features ask for one type whatever the database.</summary>
internal sealed class UpcastDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ProDevDbContext>
    where TContext : ProDevDbContext
{
    public ProDevDbContext CreateDbContext() => inner.CreateDbContext();
}
