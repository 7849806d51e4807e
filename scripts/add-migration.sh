#!/usr/bin/env bash
# Adds one EF Core migration to both migrations sets (SQLite and PostgreSQL), so the two never drift apart.
# Usage: scripts/add-migration.sh <Name>     (run from anywhere; needs `dotnet tool restore` once)
set -euo pipefail
if [ $# -ne 1 ] || [[ ! "$1" =~ ^[A-Z][A-Za-z0-9]*$ ]]; then
  echo "usage: $0 <Name>   (PascalCase, e.g. GroupsAndCalendars)" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet restore src/ProDevBot >/dev/null   # dotnet ef builds but does not restore
project=src/ProDevBot

# The SQLite set lives in Data/Migrations (ProDevDbContext), the PostgreSQL set in Data/PostgreSql/Migrations
# (PostgreSqlProDevDbContext); each keeps its own model snapshot.
dotnet ef migrations add "$1" --project "$project" --context ProDevDbContext --output-dir Data/Migrations
dotnet ef migrations add "$1" --project "$project" --context PostgreSqlProDevDbContext --output-dir Data/PostgreSql/Migrations

# dotnet ef writes a snapshot whose namespace is not under the root namespace to a doubled path; put it back.
for stray in "$project"/ProDevBot/Data/*/Migrations/*ModelSnapshot.cs "$project"/ProDevBot/Data/Migrations/*ModelSnapshot.cs; do
  [ -f "$stray" ] || continue
  target="$project/${stray#"$project"/ProDevBot/}"
  mv "$stray" "$target"
done
rm -rf "$project/ProDevBot"
echo "Added $1 to both sets: review $project/Data/Migrations and $project/Data/PostgreSql/Migrations."
