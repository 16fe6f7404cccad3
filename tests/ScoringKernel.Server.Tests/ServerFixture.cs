using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Server;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>The real Kestrel host on loopback, on free ports (port 0), stopped when the tests end.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private WebApplication? app;

    public string GrpcAddress { get; private set; } = "";
    public string JsonAddress { get; private set; } = "";
    public GrpcChannel Channel { get; private set; } = null!;
    public ScoringService.ScoringServiceClient Client { get; private set; } = null!;
    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        app = ScoringServer.Build(["--urls", "http://127.0.0.1:0", "--json-url", "http://127.0.0.1:0", "--metrics-url", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        var addresses = ScoringServer.Addresses(app);
        GrpcAddress = addresses[0];
        JsonAddress = addresses[1];
        Channel = GrpcChannel.ForAddress(GrpcAddress);
        Client = new ScoringService.ScoringServiceClient(Channel);
    }

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
