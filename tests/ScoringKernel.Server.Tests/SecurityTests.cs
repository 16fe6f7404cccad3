using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Server.Hosting;
using Xunit;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Server.Tests;

/// <summary>The production profile: TLS only, client certificates from the configured CA, an allow-list, roles per RPC.</summary>
public sealed class SecurityTests : IAsyncLifetime
{
    private readonly TestCertificates files = new();
    private readonly X509Certificate2 ca = TestCertificates.Authority("ScoringKernel test CA");
    private readonly X509Certificate2 otherCa = TestCertificates.Authority("Some other CA");
    private WebApplication? app;
    private string address = "";

    public async Task InitializeAsync()
    {
        var serverCert = TestCertificates.Issue(ca, "CN=scoringkernel.test", server: true);
        app = ScoringServer.Build([
            "--profile", "production",
            "--urls", "https://127.0.0.1:0",
            "--tls-certificate", files.WritePfx(serverCert, "server.pfx"),
            "--client-ca", files.WritePem(ca, "ca.pem"),
            "--allowed-clients", "CN=records-system:read,score;CN=dashboard:read",
            "--metrics-url", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        address = ScoringServer.Addresses(app)[0];
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        files.Dispose();
    }

    private GrpcChannel Channel(X509Certificate2? client) => GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = Handler(client) });

    private SocketsHttpHandler Handler(X509Certificate2? client) => new()
    {
        SslOptions = new SslClientAuthenticationOptions
        {
            ClientCertificates = client is null ? null : new X509CertificateCollection { client },
            // The client trusts the test CA for the server's certificate, and nothing else.
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            {
                if (certificate is null) return false;
                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(ca);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return chain.Build(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
            },
        },
    };

    private static Task<AssessResponse> Assess(GrpcChannel channel) =>
        new ScoringService.ScoringServiceClient(channel).AssessAsync(Examples.Illustrative).ResponseAsync;

    [Fact]
    public async Task An_allowed_client_is_answered()
    {
        using var channel = Channel(TestCertificates.Issue(ca, "CN=records-system", server: false));
        var reply = await Assess(channel);
        Assert.Equal("84.59", reply.Assessment.ScoreCards.Single(c => c.UnitCode == "430423").Total);
        var health = await new Grpc.Health.V1.Health.HealthClient(channel).CheckAsync(new Grpc.Health.V1.HealthCheckRequest());
        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    [Fact]
    public async Task A_call_without_a_client_certificate_is_refused_at_the_handshake()
    {
        using var channel = Channel(null);
        var e = await Assert.ThrowsAsync<RpcException>(() => Assess(channel));
        // The server aborts the TLS connection; under TLS 1.3 the client may learn it while opening the connection
        // (UNAVAILABLE) or on its first read (the client library reports INTERNAL). Either way the failure is the
        // transport's, raised in the client, and nothing was answered.
        Assert.Contains(e.StatusCode, new[] { StatusCode.Unavailable, StatusCode.Internal });
        Assert.True(e.Status.DebugException is HttpRequestException or IOException or System.Security.Authentication.AuthenticationException,
            $"expected a transport failure, got {e.Status.DebugException?.GetType().Name}: {e.Status.Detail}");
    }

    [Fact]
    public async Task A_certificate_from_another_ca_is_not_authenticated()
    {
        using var channel = Channel(TestCertificates.Issue(otherCa, "CN=records-system", server: false));
        var e = await Assert.ThrowsAsync<RpcException>(() => Assess(channel));
        Assert.Equal(StatusCode.Unauthenticated, e.StatusCode);
        Assert.DoesNotContain("84.59", e.Status.Detail);
        Assert.Equal("CLIENT_NOT_ALLOWED", e.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason);
    }

    [Fact]
    public async Task A_trusted_certificate_not_on_the_allow_list_is_not_authenticated()
    {
        using var channel = Channel(TestCertificates.Issue(ca, "CN=stranger", server: false));
        var e = await Assert.ThrowsAsync<RpcException>(() => Assess(channel));
        Assert.Equal(StatusCode.Unauthenticated, e.StatusCode);
        Assert.Equal("CLIENT_NOT_ALLOWED", e.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason);
        Assert.Equal("the client certificate CN=stranger is not allowed: it must come from the configured CA, be valid now, be for client authentication and have its subject on the allow-list", e.Status.Detail);
    }

    [Fact]
    public async Task The_workbench_is_served_on_the_TLS_port_to_allowed_clients_only()
    {
        using var allowed = new HttpClient(Handler(TestCertificates.Issue(ca, "CN=dashboard", server: false))) { BaseAddress = new Uri(address) };
        var page = await allowed.GetAsync("/");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("工作台", await page.Content.ReadAsStringAsync());

        using var stranger = new HttpClient(Handler(TestCertificates.Issue(ca, "CN=stranger", server: false))) { BaseAddress = new Uri(address) };
        var refused = await stranger.GetAsync("/workbench/workbench.js");
        Assert.Contains(refused.StatusCode, new[] { System.Net.HttpStatusCode.Unauthorized, System.Net.HttpStatusCode.Forbidden });
    }

    [Fact]
    public async Task A_reader_may_read_the_rules_but_not_score()
    {
        using var channel = Channel(TestCertificates.Issue(ca, "CN=dashboard", server: false));
        var rules = await new ScoringService.ScoringServiceClient(channel).GetRuleSetAsync(new GetRuleSetRequest());
        Assert.Equal(10, rules.RuleSet.Indicators.Count);
        var e = await Assert.ThrowsAsync<RpcException>(() => Assess(channel));
        Assert.Equal(StatusCode.PermissionDenied, e.StatusCode);
        Assert.Equal("CN=dashboard may not do this: it needs the role score", e.Status.Detail);
        Assert.Equal("score", e.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Metadata["role"]);
    }
}

public class PlaintextBindingTests
{
    [Fact]
    public void Plaintext_on_a_non_loopback_address_is_refused_without_the_explicit_setting()
    {
        var e = Assert.Throws<ServerConfigurationException>(() => ScoringServer.Build(["--urls", "http://0.0.0.0:5080"]));
        Assert.Contains("--allow-plaintext-non-loopback", e.Message);
        var json = Assert.Throws<ServerConfigurationException>(() => ScoringServer.Build(["--urls", "http://127.0.0.1:0", "--json-url", "http://10.1.2.3:5081"]));
        Assert.Contains("non-loopback", json.Message);
    }

    [Fact]
    public void The_explicit_setting_lets_the_server_be_built_without_binding_it_here()
    {
        // Built, not started: tests bind to loopback only.
        var app = ScoringServer.Build(["--urls", "http://0.0.0.0:5080", "--json-url", "none", "--metrics-url", "none", "--allow-plaintext-non-loopback", "true"]);
        Assert.NotNull(app);
    }

    [Fact]
    public void The_production_profile_refuses_plaintext_and_missing_certificates()
    {
        Assert.Contains("https://", Assert.Throws<ServerConfigurationException>(() => ScoringServer.Build(["--profile", "production", "--urls", "http://127.0.0.1:0"])).Message);
        Assert.Contains("--tls-certificate", Assert.Throws<ServerConfigurationException>(() => ScoringServer.Build(["--profile", "production", "--urls", "https://127.0.0.1:0"])).Message);
    }
}
