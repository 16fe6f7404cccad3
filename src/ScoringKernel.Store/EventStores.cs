namespace ScoringKernel.Store;

/// <summary>Opens the event store a setting names (see <see cref="StoreSetting"/>), its schema migrated.</summary>
public static class EventStores
{
    public static SqlEventStore Open(string setting, TimeProvider? time = null) => Open(StoreSetting.Parse(setting), time);

    public static SqlEventStore Open(StoreSetting setting, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var database = setting.Match<EventDatabase>(
            file => new SqliteDatabase(file.Path),
            postgres => new PostgresDatabase(postgres.ConnectionString));
        return new SqlEventStore(database, time ?? TimeProvider.System);
    }
}
