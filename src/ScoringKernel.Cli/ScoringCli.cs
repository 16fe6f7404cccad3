using System.CommandLine;
using ScoringKernel.Cli.Commands;
using ScoringKernel.Cli.Input;
using ScoringKernel.Cli.Output;
using ScoringKernel.Application;
using ScoringKernel.Words;

namespace ScoringKernel.Cli;

/// <summary>
/// What every command needs: where to write, the same API the server answers with (its catalog read when a command
/// first asks for it: <c>--help</c> reads no rule set), and the language problems are told in (the parsed <c>--lang</c>).
/// </summary>
public sealed class CliServices(Terminal terminal, Func<ScoringApi> scoring, Func<Language> language)
{
    private readonly Lazy<ScoringApi> api = new(scoring);
    private ScenarioApi? scenarios;

    public Terminal Terminal => terminal;
    public ScoringApi Scoring => api.Value;
    /// <summary>Over the same <see cref="Scoring"/> (one catalog, one handler).</summary>
    public ScenarioApi Scenarios => scenarios ??= new ScenarioApi(Scoring);
    public Language Language => language();
}

/// <summary>
/// The <c>scoring</c> command line. Exit codes: 0 success, 2 invalid input (each problem on its own line on
/// stderr, with the field path and, for JSON files, the line and column), 1 anything else.
/// </summary>
public static class ScoringCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var lang = LanguageOption.Build();
        var folder = RuleSetFileCommands.Folder();
        // Both read from the one parse below, before any command runs.
        ParseResult? parsed = null;
        Language Language() => parsed?.GetValue(lang) is "en" ? Words.Language.En : Languages.Default;
        var catalog = new Lazy<RuleSetCatalog>(() => RuleSetFileCommands.Catalog(parsed?.GetValue(folder), Language()));
        var services = new CliServices(new Terminal(stdout, stderr), () => new ScoringApi(catalog.Value), Language);
        var root = new RootCommand("ScoringKernel: the 2015 Hengyang poverty-alleviation assessment (衡贫发[2015]2号), rules as code.")
        {
            RulesCommand.Build(services),
            TargetsCommand.Build(services),
            AssessCommand.Build(services),
            EvaluateCommand.Build(services),
            WorkbookCommands.Template(services),
            WorkbookCommands.Figures(services),
            ExplainCommand.Build(services),
            CompareCommand.Build(services),
            SweepCommand.Build(services),
            MarginsCommand.Build(services),
            ThresholdsCommand.Build(services),
            ReachCommand.Build(services),
            ReportCommand.Build(services),
            VerifyCommand.Build(services),
            RoundCommands.Build(services),
        };
        root.Options.Add(lang);
        root.Options.Add(folder);
        parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"scoring: {error.Message}");
            stderr.WriteLine("Run 'scoring --help' for the commands and their options.");
            return CliFailure.InvalidInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliFailure failure)
        {
            foreach (var line in failure.Lines) stderr.WriteLine(line);
            return failure.ExitCode;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            // A file a command reads or writes directly: said in both languages, exit 2.
            var path = (e as FileNotFoundException)?.FileName ?? "";
            var (zh, en) = e switch
            {
                UnauthorizedAccessException => ("没有读写这个文件的权限", "no permission to read or write the file"),
                DirectoryNotFoundException => ("找不到文件所在的文件夹", "the file's folder does not exist"),
                _ => ("找不到这个文件", "no such file"),
            };
            foreach (var line in new Application.Setup.SetupMistake("", path, $"{zh}:{e.Message}", $"{en}: {e.Message}").Lines("scoring")) stderr.WriteLine(line);
            if (Environment.GetEnvironmentVariable("SCORING_TRACE") == "1") stderr.WriteLine(e.ToString());
            return CliFailure.InvalidInput;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"scoring: unexpected failure ({e.GetType().Name}): {e.Message}");
            if (Environment.GetEnvironmentVariable("SCORING_TRACE") == "1") stderr.WriteLine(e.ToString());
            return CliFailure.Other;
        }
    }
}
