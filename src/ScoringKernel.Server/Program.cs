using ScoringKernel.Application.Setup;
using ScoringKernel.Server;
using ScoringKernel.Server.Hosting;

const string program = "scoringkernel-server";
if (args is ["openapi", ..]) return ScoringKernel.Server.OpenApi.OpenApiEndpoint.Write(args);
if (ServerHelp.Asked(args))
{
    ServerHelp.Write(Console.Out, program);
    return 0;
}
// A start-up mistake is told in words (Chinese, then English) with exit code 2; the stack only at debug level.
var debug = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build()["Logging:LogLevel:Default"] is "Debug" or "Trace";
WebApplication? app = null;
try
{
    app = ScoringServer.Build(args);
    await app.StartAsync();
}
catch (Exception e)
{
    var mistake = e switch
    {
        SetupMistake m => m,
        IOException io when app is not null => StartupReport.PortInUse(io, app),
        _ => null,
    };
    IReadOnlyList<string> lines = (mistake, e) switch
    {
        ({ } m, _) => m.Lines(program),
        (null, ServerConfigurationException c) => [$"{program}: 设置有误,服务器没有启动:{c.Message}", $"{program}: {c.Message}"],
        _ => [$"{program}: 服务器启动失败:{e.GetType().Name}: {e.Message}", $"{program}: the server failed to start: {e.GetType().Name}: {e.Message}"],
    };
    foreach (var line in lines) Console.Error.WriteLine(line);
    if (debug) Console.Error.WriteLine(e);
    if (app is not null) await app.DisposeAsync();
    return mistake is not null || e is ServerConfigurationException ? SetupMistake.ExitCode : 1;
}
await app.WaitForShutdownAsync();
await app.DisposeAsync();
return 0;
