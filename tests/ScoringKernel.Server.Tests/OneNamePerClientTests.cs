using Microsoft.AspNetCore.Builder;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Server.Hosting;
using Xunit;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// One client, one name: a certificate's subject is matched against the allow-list without regard to case (as X.520
/// matches a CN), and what the round records is the allow-list's spelling; an allow-list that spells one subject two
/// ways is refused at start-up.
/// </summary>
public sealed class OneNamePerClientTests
{
    [Fact]
    public async Task A_certificate_for_CN_OFFICE_is_recorded_as_the_allow_list_spells_it()
    {
        var folder = Directory.CreateTempSubdirectory("sk-one-name-").FullName;
        try
        {
            await using (var server = await ProductionServer.Start("CN=office:office,read", $"sqlite:{Path.Combine(folder, "round.db")}"))
            {
                using var channel = server.Channel(server.Client("CN=OFFICE"));
                var rounds = new RoundService.RoundServiceClient(channel);
                await rounds.OpenRoundAsync(new OpenRoundRequest { Year = 2015 });
                var events = await rounds.ListRoundEventsAsync(new ListRoundEventsRequest { Year = 2015 });
                Assert.Equal(["CN=office"], events.Entries.Select(e => e.Event.Mark.Actor).Distinct());
                Assert.Contains(server.LogLines, l => l.StartsWith("rpc /scoringkernel.v1.RoundService/OpenRound OK", StringComparison.Ordinal) && l.EndsWith("client CN=office", StringComparison.Ordinal));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_allow_list_naming_one_subject_in_two_spellings_is_refused_at_start_up_in_words()
    {
        using var files = new TestCertificates();
        var ca = TestCertificates.Authority("ScoringKernel test CA");
        var e = Assert.Throws<ServerConfigurationException>(() => ScoringServer.Build([
            "--profile", "production",
            "--urls", "https://127.0.0.1:0",
            "--tls-certificate", files.WritePfx(TestCertificates.Issue(ca, "CN=scoringkernel.test", server: true), "server.pfx"),
            "--client-ca", files.WritePem(ca, "ca.pem"),
            "--allowed-clients", "CN=office:office;CN=records-system:read,score;CN=OFFICE:read",
        ]));
        Assert.Contains("--allowed-clients: 'CN=office', 'CN=OFFICE' name one client", e.Message);
        Assert.Contains("允许名单中 “CN=office”、“CN=OFFICE” 只有大小写不同", e.Message);
    }
}
