namespace ScoringKernel.Store;

/// <summary>Where the events live, read from one setting: <c>sqlite:PATH</c> or a path ending in <c>.db</c> is a
/// SQLite file (<c>sqlite::memory:</c> a private in-memory database, for tests: gone when the store is disposed);
/// <c>postgres:CONNECTION-STRING</c> or a connection string starting <c>Host=</c> is PostgreSQL.</summary>
public abstract record StoreSetting
{
    private StoreSetting() { }

    public abstract R Match<R>(Func<SqliteFile, R> sqlite, Func<Postgres, R> postgres);

    public sealed record SqliteFile(string Path) : StoreSetting
    {
        public override R Match<R>(Func<SqliteFile, R> sqlite, Func<Postgres, R> postgres) => sqlite(this);
    }

    public sealed record Postgres(string ConnectionString) : StoreSetting
    {
        public override R Match<R>(Func<SqliteFile, R> sqlite, Func<Postgres, R> postgres) => postgres(this);

        // The password, if any, stays out of logs and test names.
        public override string ToString() => "Postgres { (connection string) }";
    }

    public static StoreSetting Parse(string setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var s = setting.Trim();
        if (TryAfter(s, "sqlite:") is { } path) return new SqliteFile(path);
        if ((TryAfter(s, "postgres:") ?? TryAfter(s, "postgresql:")) is { } connection) return new Postgres(connection);
        if (s.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)) return new Postgres(s);
        if (s.EndsWith(".db", StringComparison.OrdinalIgnoreCase)) return new SqliteFile(s);
        throw new ArgumentException(
            $"event store setting '{setting}' names neither 'sqlite:PATH' (or a path ending .db) nor 'postgres:Host=...' (or 'Host=...')",
            nameof(setting));
    }

    private static string? TryAfter(string s, string scheme) =>
        s.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && s.Length > scheme.Length ? s[scheme.Length..] : null;
}
