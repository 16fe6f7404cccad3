using ScoringKernel.Store;

namespace ScoringKernel.Application.Setup;

/// <summary>Opens the event store <c>--store</c> names (or the data folder's), every way it can fail told as a <see cref="SetupMistake"/>.</summary>
public static class SetupStore
{
    public static SqlEventStore Open(string? setting, DataFolder folder, TimeProvider? time = null)
    {
        var option = string.IsNullOrWhiteSpace(setting) ? "--data-dir" : "--store";
        var value = string.IsNullOrWhiteSpace(setting) ? folder.Path : Shown(setting);
        StoreSetting parsed;
        try
        {
            parsed = StoreSetting.Parse(string.IsNullOrWhiteSpace(setting) ? folder.StoreSetting : setting);
        }
        catch (ArgumentException)
        {
            throw new SetupMistake(option, value,
                "不是事件存储的写法:应为 sqlite:路径(或以 .db 结尾的路径)或 postgres:Host=…(或 Host=…)",
                "not an event store setting: give sqlite:PATH (or a path ending .db) or postgres:Host=... (or Host=...)");
        }
        try
        {
            return EventStores.Open(parsed, time);
        }
        catch (Exception e) when (e is UnauthorizedAccessException)
        {
            throw new SetupMistake(option, value, $"没有写入权限,打不开事件存储:{e.Message}", $"no permission to open or create the event store: {e.Message}");
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.Data.Common.DbException or ArgumentException)
        {
            throw new SetupMistake(option, value, $"打不开事件存储:{e.Message}", $"cannot open the event store: {e.Message}");
        }
    }

    /// <summary>Where a store setting keeps the events, for the start-up log: a SQLite file's full path, or PostgreSQL's host and database (never its password).</summary>
    public static string Describe(string? setting, DataFolder folder)
    {
        try
        {
            return StoreSetting.Parse(string.IsNullOrWhiteSpace(setting) ? folder.StoreSetting : setting).Match(
                file => file.Path == ":memory:" ? "SQLite (in memory)" : $"SQLite {Path.GetFullPath(file.Path)}",
                postgres =>
                {
                    var b = new Npgsql.NpgsqlConnectionStringBuilder(postgres.ConnectionString);
                    return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
                });
        }
        catch (ArgumentException) { return "?"; }
    }

    /// <summary>A setting as it may be shown: a PostgreSQL connection string without its password.</summary>
    private static string Shown(string setting)
    {
        try
        {
            return StoreSetting.Parse(setting).Match(
                _ => setting,
                postgres =>
                {
                    var b = new Npgsql.NpgsqlConnectionStringBuilder(postgres.ConnectionString);
                    if (b.Password is not null) b.Password = "***";
                    return "postgres:" + b.ConnectionString;
                });
        }
        catch (ArgumentException) { return setting; }
    }
}
