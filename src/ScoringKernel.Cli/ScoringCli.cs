using System.CommandLine;
using ScoringKernel.Cli.Commands;
using ScoringKernel.Cli.Input;
using ScoringKernel.Cli.Output;
using ScoringKernel.Application;
using ScoringKernel.Words;

namespace ScoringKernel.Cli;

/// <summary>What every command needs: where to write, the same API the server answers with, and the language problems are told in.</summary>
public sealed record CliServices(Terminal Terminal, ScoringApi Scoring, ScenarioApi Scenarios, Language Language);

/// <summary>
/// The <c>scoring</c> command line. Exit codes: 0 success, 2 invalid input (each problem on its own line on
/// stderr, with the field path and, for JSON files, the line and column), 1 anything else.
/// </summary>
public static class ScoringCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var lang = LanguageOption.Build();
        // Read before the commands are built: every command tells its problems in it.
        var language = LanguageOption.Find(args);
        ScoringApi scoring;
        try
        {
            scoring = new ScoringApi(RuleSetFileCommands.Catalog(RuleSetFileCommands.FindFolder(args), language));
        }
        catch (CliFailure failure)
        {
            foreach (var line in failure.Lines) stderr.WriteLine(line);
            return failure.ExitCode;
        }
        var services = new CliServices(new Terminal(stdout, stderr), scoring, new ScenarioApi(scoring), language);
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
        root.Options.Add(RuleSetFileCommands.Folder());
        var parsed = root.Parse(args);
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
