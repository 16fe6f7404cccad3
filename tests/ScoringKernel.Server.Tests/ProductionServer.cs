using System.Collections.Concurrent;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// The production profile as an office's IT sets it up, with everything made by the test: a CA, the server's
/// certificate, client certificates it issues, the allow-list; TLS on a free loopback port, the management listener
/// (metrics, probes) on another. The call log's lines are kept for the test to read.
/// </summary>
public sealed class ProductionServer : IAsyncDisposable
{
    private readonly TestCertificates files = new();

    public X509Certificate2 Ca { get; } = TestCertificates.Authority("ScoringKernel test CA");
    public WebApplication App { get; }
    public string Address { get; private set; } = "";
    public string Management { get; private set; } = "";
    public ConcurrentQueue<string> LogLines { get; } = new();

    private ProductionServer(string allowedClients, string store, string[] more)
    {
        var serverCert = TestCertificates.Issue(Ca, "CN=scoringkernel.test", server: true);
        App = ScoringServer.Build([
            "--profile", "production",
            "--urls", "https://127.0.0.1:0",
            "--tls-certificate", files.WritePfx(serverCert, "server.pfx"),
            "--client-ca", files.WritePem(Ca, "ca.pem"),
            "--allowed-clients", allowedClients,
            "--metrics-url", "http://127.0.0.1:0",
            "--store", store,
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:ScoringKernel.Server.Hosting.CallLog=Information",
            .. more,
        ], logging => logging.AddProvider(new Capture(LogLines)));
    }

    public static async Task<ProductionServer> Start(string allowedClients, string store, params string[] more)
    {
        var server = new ProductionServer(allowedClients, store, more);
        await server.App.StartAsync();
        var addresses = ScoringServer.Addresses(server.App);
        (server.Address, server.Management) = (addresses[0].TrimEnd('/'), addresses[1].TrimEnd('/'));
        return server;
    }

    /// <summary>A client certificate from the test CA.</summary>
    public X509Certificate2 Client(string subject) => TestCertificates.Issue(Ca, subject, server: false);

    public GrpcChannel Channel(X509Certificate2 client) => GrpcChannel.ForAddress(Address, new GrpcChannelOptions { HttpHandler = Handler(client) });

    public HttpClient Http(X509Certificate2 client) => new(Handler(client)) { BaseAddress = new Uri(Address) };

    /// <summary>A handler that shows <paramref name="client"/> and trusts the test CA for the server, and nothing else.</summary>
    public SocketsHttpHandler Handler(X509Certificate2 client) => new()
    {
        SslOptions = new SslClientAuthenticationOptions
        {
            ClientCertificates = [client],
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            {
                if (certificate is null) return false;
                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(Ca);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return chain.Build(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
            },
        },
    };

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        files.Dispose();
    }

    private sealed class Capture(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines);
        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception));
        }
    }
}
