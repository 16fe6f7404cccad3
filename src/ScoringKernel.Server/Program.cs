using ScoringKernel.Server;
using ScoringKernel.Server.Hosting;

try
{
    var app = ScoringServer.Build(args);
    await app.RunAsync();
    return 0;
}
catch (ServerConfigurationException e)
{
    Console.Error.WriteLine($"scoringkernel-server: {e.Message}");
    return 2;
}
