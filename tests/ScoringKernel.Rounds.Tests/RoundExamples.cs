using Google.Protobuf;
using LanguageExt;
using ScoringKernel.Application;
using ScoringKernel.Application.Rounds;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Rounds.Tests;

public static class RoundExamples
{
    public static string RepoRoot => ScoringKernel.TestSupport.RepoRoot.Path;

    public static P.EvaluateRequest Evaluation =>
        JsonParser.Default.Parse<P.EvaluateRequest>(File.ReadAllText(Path.Combine(RepoRoot, "specs", "examples", "evaluation-2015.json")));

    public static P.AssessRequest Illustrative =>
        JsonParser.Default.Parse<P.AssessRequest>(File.ReadAllText(Path.Combine(RepoRoot, "specs", "examples", "illustrative-2015.json")));

    public static readonly RoundCaller Office = RoundCaller.Development("CN=office");

    public static T Ok<T>(this Either<RoundFailure, T> result) =>
        result.Match(r => r, f => throw new Xunit.Sdk.XunitException($"expected success, got {f.GetType().Name}: {string.Join("; ", f.Problems)}"));

    public static RoundFailure Fails<T>(this Either<RoundFailure, T> result) =>
        result.Match(r => throw new Xunit.Sdk.XunitException($"expected a failure, got {r}"), f => f);

    public static ScoringApi Scoring { get; } = new(RuleSetCatalog.Embedded);
}
