using LanguageExt;
using ScoringKernel.Contracts.Api;

namespace ScoringKernel.Cli.Input;

/// <summary>Why a command could not do its work: bad input (exit 2, one line per problem) or anything else (exit 1).</summary>
public sealed class CliFailure(int exitCode, Seq<string> lines) : Exception(string.Join(Environment.NewLine, lines))
{
    public const int InvalidInput = 2;
    public const int Other = 1;

    public int ExitCode => exitCode;
    public Seq<string> Lines => lines;

    public static CliFailure Invalid(params string[] lines) => new(InvalidInput, lines.ToSeq());

    /// <summary>An API failure on a request read from <paramref name="source"/>, each problem located in it where possible.</summary>
    public static CliFailure From(ApiFailure failure, InputSource source) => failure.Match(
        invalid => new CliFailure(InvalidInput, invalid.Problems.Map(p => source.Describe(p.Field, p.Message))),
        notFound => new CliFailure(InvalidInput, Prelude.Seq1(source.Describe(notFound.Field, notFound.Message))));
}
