using System.Net;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// The probes an orchestrator calls, on the management listener (plaintext, no client certificate) of a production
/// server whose store is PostgreSQL: alive throughout; ready, then not ready naming the store while PostgreSQL is
/// stopped, then ready again once it is back, the server never restarted.
/// </summary>
public sealed class ProbeTests
{
    [Fact]
    public async Task Readyz_follows_the_store_while_healthz_stays_alive_and_the_TLS_port_does_not_serve_them()
    {
        using var postgres = new TestSupport.PostgresServer();
        await using var server = await ProductionServer.Start("CN=office:office,read", $"postgres:{postgres.CreateDatabase("probes")}");
        using var probe = new HttpClient { BaseAddress = new Uri(server.Management) }; // no certificate: plain HTTP

        Assert.Equal((HttpStatusCode.OK, "alive\n"), await Get(probe, "/healthz"));
        // Ready once the start-up's warm-up has made the first answers; until then it says so.
        var first = await Get(probe, "/readyz");
        for (var attempt = 0; attempt < 120 && first.Status != HttpStatusCode.OK; attempt++)
        {
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "store: ready\nrule-sets: ready\nwarm-up: not ready\n"), first);
            await Task.Delay(250);
            first = await Get(probe, "/readyz");
        }
        Assert.Equal((HttpStatusCode.OK, "store: ready\nrule-sets: ready\nwarm-up: ready\n"), first);

        postgres.Stop();
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "store: not ready\nrule-sets: ready\nwarm-up: ready\n"), await Get(probe, "/readyz"));
        Assert.Equal((HttpStatusCode.OK, "alive\n"), await Get(probe, "/healthz"));

        postgres.Start();
        // The pool's connections died with the server: the first check after the restart may still find one.
        var ready = await Get(probe, "/readyz");
        for (var attempt = 0; attempt < 20 && ready.Status != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(250);
            ready = await Get(probe, "/readyz");
        }
        Assert.Equal((HttpStatusCode.OK, "store: ready\nrule-sets: ready\nwarm-up: ready\n"), ready);

        using var tls = server.Http(server.Client("CN=office"));
        Assert.NotEqual(HttpStatusCode.OK, (await tls.GetAsync("/healthz")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await tls.GetAsync("/readyz")).StatusCode);
    }

    private static async Task<(HttpStatusCode Status, string Body)> Get(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
