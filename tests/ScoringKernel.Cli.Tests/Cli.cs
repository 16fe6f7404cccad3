using ScoringKernel.TestSupport;

namespace ScoringKernel.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it writes.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ScoringCli.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The command line with <c>--lang en</c>: the wire's English, as integrators' scripts read it.</summary>
    public static CliRun En(params string[] args) => Of([.. args, "--lang", "en"]);

    public static string Root => RepoRoot.Path;

    public static string Example => Path.Combine(Root, "specs", "examples", "illustrative-2015.json");

    public static string Evaluation => Path.Combine(Root, "specs", "examples", "evaluation-2015.json");

    public static string Temp(string name, string content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "scoring-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
