using Xunit;

namespace ScoringKernel.Store.Tests;

public sealed class StoreSettingTests
{
    [Theory]
    [InlineData("sqlite:/var/lib/scoring/events.db", "/var/lib/scoring/events.db")]
    [InlineData("sqlite:data/round", "data/round")]
    [InlineData("data/events.db", "data/events.db")]
    [InlineData(" /srv/x.DB ", "/srv/x.DB")]
    public void Sqlite_settings_name_a_file(string setting, string path) =>
        Assert.Equal(new StoreSetting.SqliteFile(path), StoreSetting.Parse(setting));

    [Theory]
    [InlineData("postgres:Host=127.0.0.1;Database=scoring", "Host=127.0.0.1;Database=scoring")]
    [InlineData("postgresql:Host=db;Port=5433", "Host=db;Port=5433")]
    [InlineData("Host=127.0.0.1;Username=scoring", "Host=127.0.0.1;Username=scoring")]
    public void Postgres_settings_carry_the_connection_string(string setting, string connection) =>
        Assert.Equal(new StoreSetting.Postgres(connection), StoreSetting.Parse(setting));

    [Theory]
    [InlineData("")]
    [InlineData("sqlite:")]
    [InlineData("events.json")]
    [InlineData("mysql:Server=x")]
    public void Anything_else_is_refused_saying_what_is_understood(string setting) =>
        Assert.Contains("sqlite:PATH", Assert.Throws<ArgumentException>(() => StoreSetting.Parse(setting)).Message);

    [Fact]
    public void A_postgres_setting_does_not_show_its_password() =>
        Assert.DoesNotContain("secret", StoreSetting.Parse("Host=x;Password=secret").ToString());
}
