using LanguageExt;
using ScoringKernel.Application;
using ScoringKernel.Words;

namespace ScoringKernel.Cli.Input;

/// <summary>Why a command could not do its work: bad input (exit 2, one line per problem) or anything else (exit 1).</summary>
public sealed class CliFailure(int exitCode, Seq<string> lines) : Exception(string.Join(Environment.NewLine, lines))
{
    public const int InvalidInput = 2;
    public const int Other = 1;

    public int ExitCode => exitCode;
    public Seq<string> Lines => lines;

    public static CliFailure Invalid(params string[] lines) => new(InvalidInput, lines.ToSeq());

    /// <summary>A start-up or file mistake: exit 2, in Chinese and English.</summary>
    public static CliFailure Of(Application.Setup.SetupMistake mistake) => new(InvalidInput, mistake.Lines("scoring").ToSeq());

    /// <summary>An API failure on a request read from <paramref name="source"/>, each problem located in it where possible.</summary>
    public static CliFailure From(ApiFailure failure, InputSource source, Language language) =>
        new(InvalidInput, failure.All.Map(p => source.Describe(p, language)));
}
