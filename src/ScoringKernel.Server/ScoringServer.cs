using System.Net;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using LanguageExt;
using ScoringKernel.Application;
using ScoringKernel.Application.Setup;
using ScoringKernel.Store;
using ScoringKernel.Server.Hosting;
using ScoringKernel.Server.HttpJson;
using ScoringKernel.Server.OpenApi;
using ScoringKernel.Server.Workbench;
using ScoringKernel.Server.Services;

namespace ScoringKernel.Server;

/// <summary>
/// The gRPC host: the scoring service, health, reflection, and the HTTP/JSON routes beside them (<see cref="JsonGateway"/>).
/// <c>--urls</c> (default <see cref="DefaultUrl"/>) serves HTTP/2: gRPC, and HTTP/JSON for clients that speak h2c.
/// <c>--json-url</c> (default <see cref="DefaultJsonUrl"/>, <c>none</c> to turn it off) serves HTTP/1.1 for HTTP/JSON
/// clients: without TLS one port cannot offer both protocols.
/// </summary>
public static class ScoringServer
{
    /// <param name="logging">More logging set-up (tests capture the call log with it).</param>
    /// <param name="services">More services, after the server's own (tests add an interceptor with it).</param>
    /// <summary>
    /// <c>--rule-sets DIR</c>: the rule-set files of a folder beside the embedded one, the folder relative to the
    /// caller's working directory. A folder that is missing or unreadable, or a file that does not read or fails a
    /// check at load, stops the server at start-up, each problem told <c>FILE:LINE:COLUMN: key: message</c> in Chinese and English.
    /// </summary>
    public static RuleSetCatalog Catalog(string? directory)
    {
        if (string.IsNullOrEmpty(directory)) return RuleSetCatalog.Embedded;
        var folder = SetupPaths.Folder("--rule-sets", directory);
        Either<Seq<(string File, Core.Problems.Problem Problem)>, RuleSetCatalog> loaded;
        try
        {
            loaded = RuleSetCatalog.WithFolder(folder).Map(l => l.Catalog);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SetupMistake("--rule-sets", directory, $"读不了这个文件夹里的规则集文件:{e.Message}", $"cannot read the rule-set files of this folder: {e.Message}");
        }
        var problems = loaded.LeftToSeq().Flatten();
        if (problems.IsEmpty) return loaded.RightToSeq().Head;
        throw new ServerConfigurationException(
            "--rule-sets " + directory + ":" + Environment.NewLine + string.Join(Environment.NewLine,
                problems.Map(p => Application.RuleSets.RuleSetProblemLines.Of(p.File, p.Problem, Words.Language.ZhCn))
                    .Concat(problems.Map(p => Application.RuleSets.RuleSetProblemLines.Of(p.File, p.Problem, Words.Language.En)))));
    }

    public static WebApplication Build(string[] args, Action<ILoggingBuilder>? logging = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        var options = ServerOptions.From(builder.Configuration);
        var operations = OperationsOptions.From(builder.Configuration);
        builder.WebHost.ConfigureKestrel(k =>
        {
            Security.ConfigureEndpoints(k, options, k.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("ScoringKernel.Server"));
            Telemetry.ConfigureEndpoint(k, operations, options);
        });
        // ASP.NET Core's per-request lines say less than CallLog's and cost more; configuration may turn them back on.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (operations.JsonLogs)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole();
        }
        var started = StartupReport.QuietFailedStart(builder.Logging, builder.Configuration);
        logging?.Invoke(builder.Logging);
        var metrics = new KernelMetrics();
        builder.Services.AddSingleton(metrics);
        builder.Services.AddSingleton(operations);
        builder.Services.AddSingleton<CallLog>();
        Admission.AddServices(builder.Services, operations, metrics);
        Telemetry.AddServices(builder.Services);
        Security.AddServices(builder.Services, options);
        Compression.AddServices(builder.Services);

        var scoring = new ScoringApi(Catalog(builder.Configuration["rule-sets"]));
        // The year's round: its events in the store the --store setting names (rounds.db in the data folder by default,
        // outside the source tree: DataFolder), the schema migrated now, before the server takes a call.
        var dataFolder = DataFolder.Resolve(builder.Configuration["data-dir"]);
        var store = SetupStore.Open(builder.Configuration["store"], dataFolder);
        builder.Services.AddSingleton<ScoringKernel.Store.IEventStore>(store);
        builder.Services.AddSingleton(store);
        var signing = RoundSigningOf(builder.Configuration["round-signing-key"], builder.Configuration["round-trusted-keys"]);
        builder.Services.AddSingleton(provider =>
        {
            var log = provider.GetRequiredService<ILoggerFactory>().CreateLogger("ScoringKernel.Round");
            if (!signing.CanSign && options.Profile == Profile.Production)
                log.LogWarning("--round-signing-key is not set: round exports are unsigned, and another server restores them as its importer's");
            return new ScoringKernel.Application.Rounds.RoundService(store, scoring)
            {
                Signing = signing,
                OnChainBroken = (year, words) =>
                {
                    log.LogError("round {Year}: hash chain broken, writes refused: {Verdict}", year, words);
                    metrics.ChainBroken(year);
                },
            };
        });
        builder.Services.AddSingleton(provider => new ScoringKernel.Application.Rounds.RoundDocuments(provider.GetRequiredService<ScoringKernel.Application.Rounds.RoundService>(), scoring));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(scoring);
        builder.Services.AddSingleton(new ScenarioApi(scoring));
        builder.Services.AddSingleton<SweepProgress>();
        builder.Services.AddGrpc(o =>
            {
                o.EnableDetailedErrors = false;
                o.MaxReceiveMessageSize = RequestFraming.MaxMessageBytes;
                o.Interceptors.Add<CallLog>();
            });
        // SERVING once the embedded rule set's target table parses and has units to score.
        // The gRPC health service answers for the embedded rule set only; /readyz (Probes) follows the store too.
        builder.Services.AddGrpcHealthChecks(o =>
            {
                o.Services.Clear();
                o.Services.Map("", check => !check.Tags.Contains(Probes.Ready));
            })
            .AddCheck("embedded-rule-set", () => RuleSetCatalog.Embedded.Entries.ForAll(e => !e.Targets.Units.IsEmpty)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("an embedded target table has no unit"));
        Probes.AddServices(builder.Services);
        builder.Services.AddSingleton<WarmUp>();
        if (options.Profile == Profile.Development) builder.Services.AddGrpcReflection();
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseStatusCodePages(StatusPages.Write);
        StartupReport.Register(app, started, dataFolder, SetupStore.Describe(builder.Configuration["store"], dataFolder), scoring.Catalog);
        WarmUp.Register(app, app.Services.GetRequiredService<WarmUp>());
        Telemetry.Use(app);
        app.UseMiddleware<RequestFraming>();
        app.UseResponseCompression();
        if (options.Profile == Profile.Production) app.UseAuthentication();
        app.UseAuthorization();
        if (operations.Admission) app.UseRateLimiter();
        app.MapGrpcService<ScoringGrpcService>();
        app.MapGrpcService<ScenarioGrpcService>();
        app.MapJsonRoutes<ScoringGrpcService>(Contracts.V1.ScoringService.Descriptor);
        app.MapJsonRoutes<ScenarioGrpcService>(Contracts.V1.ScenarioService.Descriptor);
        app.MapGrpcService<RoundGrpcService>();
        app.MapJsonRoutes<RoundGrpcService>(Contracts.V1.RoundService.Descriptor);
        app.MapWorkbench();
        app.MapWorkbenchDownloads();
        app.MapOpenApi();
        app.MapRoundDocuments();
        app.MapGrpcHealthChecksService();
        if (options.Profile == Profile.Development) app.MapGrpcReflectionService();
        return app;
    }

    /// <summary><c>--round-signing-key PEM-FILE</c> (the EC private key exports are signed with) and
    /// <c>--round-trusted-keys PEM-FILE[,PEM-FILE…]</c> (the public keys of the servers whose signed exports are restored
    /// as they were recorded).</summary>
    private static ScoringKernel.Application.Rounds.RoundSigning RoundSigningOf(string? keyFile, string? trustedFiles)
    {
        try
        {
            var trusted = (trustedFiles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(File.ReadAllText);
            return ScoringKernel.Application.Rounds.RoundSigning.FromPem(string.IsNullOrWhiteSpace(keyFile) ? null : File.ReadAllText(keyFile), trusted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            throw new ServerConfigurationException($"--round-signing-key / --round-trusted-keys: {e.Message}");
        }
    }

    /// <summary>The addresses bound once started, in the order configured: the gRPC ones, then the HTTP/1.1 JSON one.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

}
