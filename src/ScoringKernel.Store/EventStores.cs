namespace ScoringKernel.Store;

/// <summary>Opens the event store a setting names (see <see cref="StoreSetting"/>), its schema migrated.</summary>
public static class EventStores
{
    /// <summary>Where the rounds are kept when no store is named: <c>rounds.db</c> in the data folder (<see cref="DataFolder"/>).</summary>
    public static string DefaultSetting => DataFolder.Resolve(null).StoreSetting;

    /// <summary>The store a setting names, or the default one when the setting is empty.</summary>
    public static SqlEventStore OpenOrDefault(string? setting, TimeProvider? time = null) =>
        Open(string.IsNullOrWhiteSpace(setting) ? DefaultSetting : setting, time);

    /// <summary>The store a setting names, or <c>rounds.db</c> in <paramref name="folder"/> when the setting is empty.</summary>
    public static SqlEventStore OpenOrDefault(string? setting, DataFolder folder, TimeProvider? time = null) =>
        Open(string.IsNullOrWhiteSpace(setting) ? folder.StoreSetting : setting, time);

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
