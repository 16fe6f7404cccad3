using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using ScoringKernel.Application;
using ScoringKernel.Application.Setup;
using ScoringKernel.Store;

namespace ScoringKernel.Server.Hosting;

/// <summary>
/// What an operator needs to see once the server listens: where the year's data is kept, which rule sets it serves and
/// the addresses it answers on; and, when it cannot listen, which option named the address that is taken.
/// </summary>
public static partial class StartupReport
{
    /// <summary>Whether the host has started: until then its own "failed to start" entry (a stack) is kept for debug level.</summary>
    public sealed class Started
    {
        public volatile bool Yes;
    }

    /// <summary>
    /// Keeps the host's "Hosting failed to start" entry and its stack off the console unless the log is at debug level:
    /// Program.cs says what failed, in words (a port taken, a store that does not open).
    /// </summary>
    public static Started QuietFailedStart(ILoggingBuilder logging, IConfiguration configuration)
    {
        var started = new Started();
        var least = Enum.TryParse<LogLevel>(configuration["Logging:LogLevel:Default"], ignoreCase: true, out var configured) ? configured : LogLevel.Information;
        var debug = least <= LogLevel.Debug;
        // A rule for the category replaces the default level for it: keep that level, and hold back only the failure.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", level => level >= least && (debug || started.Yes || level < LogLevel.Error));
        return started;
    }

    public static void Register(WebApplication app, Started started, DataFolder folder, string store, RuleSetCatalog catalog)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ScoringKernel.Server");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            started.Yes = true;
            log.LogInformation("数据文件夹 data folder: {Folder} ({Source}); 事件存储 event store: {Store}", folder.Path, folder.Source, store);
            log.LogInformation("规则集 rule sets: {RuleSets}", string.Join(", ", catalog.Entries.Map(e => $"{e.Rules.Id} ({e.Rules.Year})")));
            log.LogInformation("地址 addresses: {Addresses}", string.Join(", ", ScoringServer.Addresses(app)));
        });
    }

    /// <summary>A port already taken, as a <see cref="SetupMistake"/> naming the option that gave the address; null for another failure.</summary>
    public static SetupMistake? PortInUse(IOException e, WebApplication app)
    {
        if (e.InnerException is not AddressInUseException && !e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase)) return null;
        var address = BoundAddress().Match(e.Message) is { Success: true } m ? m.Groups[1].Value : "";
        var option = OptionOf(address, app);
        return new SetupMistake(option, address, "这个端口已被别的程序占用:停掉那个程序,或换一个端口", "this port is already in use: stop the program that holds it, or choose another port");
    }

    private static string OptionOf(string address, WebApplication app)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var bound)) return "--urls";
        var options = app.Services.GetRequiredService<ServerOptions>();
        var operations = app.Services.GetRequiredService<OperationsOptions>();
        if (options.JsonUrl is { } json && json.Port == bound.Port) return "--json-url";
        if (operations.MetricsUrl is { } metrics && metrics.Port == bound.Port) return "--metrics-url";
        return "--urls";
    }

    [GeneratedRegex(@"address (\S+?):? address already in use", RegexOptions.IgnoreCase)]
    private static partial Regex BoundAddress();
}
