using Microsoft.EntityFrameworkCore;

namespace ProDevBot.Data.PostgreSql;

/// <summary>
/// The same model on PostgreSQL. A type of its own only so that EF keeps a separate migrations set and model snapshot
/// for it (migrations belong to a context type); the SQLite set stays with <see cref="ProDevDbContext"/>.
/// </summary>
public sealed class PostgreSqlProDevDbContext(DbContextOptions<PostgreSqlProDevDbContext> options) : ProDevDbContext(options);
