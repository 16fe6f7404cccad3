using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;
using ScoringKernel.Files.RuleSets;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Words;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application.RuleSets;

/// <summary>The VerifyRuleSet RPC, and the invariants a scenario's rules break (compare and sweep say so in their answers).</summary>
public static class RuleSetVerification
{
    /// <summary>Cases per invariant when a scenario's rules are checked inside a comparison; the seed is fixed so answers repeat.</summary>
    public const int ScenarioCases = 40;
    public const ulong ScenarioSeed = 2015;

    public static P.InvariantVerdict ToWire(InvariantVerdict v, Language language, UnitNames? names = null) => new()
    {
        Invariant = InvariantWords.Code(v.Invariant),
        Status = v.Verdict switch
        {
            Verdict.Proved => P.InvariantStatus.Proved,
            Verdict.Held => P.InvariantStatus.Held,
            Verdict.Failed => P.InvariantStatus.Failed,
            _ => P.InvariantStatus.Unspecified,
        },
        Cases = v.Verdict switch { Verdict.Held h => h.Cases, Verdict.Failed f => f.Cases, _ => 0 },
        Seed = v.Verdict switch { Verdict.Held h => h.Seed, Verdict.Failed f => f.Seed, _ => 0 },
        Description = InvariantWords.Sentence(v, Language.En, names),
        LocalizedMessage = new Google.Rpc.LocalizedMessage { Locale = language.Tag(), Message = InvariantWords.Sentence(v, language, names) },
    };

    public static Either<ApiFailure, P.VerifyRuleSetResponse> Verify(RuleSetCatalog catalog, P.VerifyRuleSetRequest request, Language language = Languages.Default)
    {
        if (request.Cases < 0 || request.Cases > RuleSetVerifier.MaxCases)
            return new InvalidArgument(Seq1(Problem.Of(new ValueReason.OutOfRange(request.Cases, 0, RuleSetVerifier.MaxCases)).Under(new Step.Wire("cases"))));
        Validation<Problem, TargetTable> Table(RuleSetFile file) =>
            request.TargetTable is not null
                ? TargetsMapping.ToDomain(request.TargetTable).Under(Step.TargetTable.Instance)
                : Valid(catalog.Entries.Find(e => e.File.TargetsFile == file.TargetsFile).Map(e => e.Targets).IfNone(EmbeddedTargets.Table2015));
        return RuleSetLoader.FromText(request.RuleSetYaml, Table)
            .MapFail(p => p.Under(new Step.Wire("rule_set_yaml")))
            .ToEither().MapLeft(ScoringApi.Invalid)
            .Map(loaded =>
            {
                var verdicts = RuleSetVerifier.Verify(loaded.File.Rules, loaded.File.MaximumTotal, loaded.Targets, request.Cases, request.Seed);
                var names = UnitNames.Of(loaded.Targets);
                var response = new P.VerifyRuleSetResponse
                {
                    Adoptable = loaded.Errors.IsEmpty && !verdicts.Exists(v => v.Verdict.IsFailed),
                    Sha256 = loaded.File.Sha256,
                };
                response.Issues.AddRange(loaded.Issues.Map(i => TargetsMapping.FromDomain(i, language)));
                response.Verdicts.AddRange(verdicts.Map(v => ToWire(v, language, names)));
                return response;
            });
    }

    private static Validation<Problem, TargetTable> Valid(TargetTable t) => Validation<Problem, TargetTable>.Success(t);

    /// <summary>The failed invariants of each scenario's rules (the scenario's index in front of each sentence).</summary>
    public static Seq<P.InvariantVerdict> Violations(ScenarioBase b, Seq<Scenario> scenarios, decimal maximum, Language language)
    {
        var names = UnitNames.Of(b.Table);
        return toSeq(scenarios.Select((s, i) => (i, s))).Bind(x => ScenarioApplication.Apply(b, x.s).Match(
            applied => RuleSetVerifier.Verify(applied.Rules, maximum, applied.Table, ScenarioCases, ScenarioSeed)
                .Filter(v => v.Verdict.IsFailed)
                .Map(v =>
                {
                    var wire = ToWire(v, language, names);
                    var label = string.IsNullOrEmpty(x.s.Name) ? $"#{x.i + 1}" : x.s.Name;
                    wire.Description = $"scenario {label}: {wire.Description}";
                    wire.LocalizedMessage.Message = language == Language.ZhCn ? $"情景 {label}:{wire.LocalizedMessage.Message}" : $"scenario {label}: {wire.LocalizedMessage.Message}";
                    return wire;
                }),
            _ => Seq<P.InvariantVerdict>())).ToSeq().Strict();
    }
}

/// <summary>A rule-set file's problem as a line a compiler would print: <c>FILE:LINE:COLUMN: key.path: message</c>.</summary>
public static class RuleSetProblemLines
{
    public static string Of(string file, Problem problem, Language language)
    {
        var at = problem.At.Steps.Find(s => s is Step.YamlPosition).Map(s => (Step.YamlPosition)s);
        var path = problem.At.Steps.Find(s => s is Step.Parameter).Map(s => ((Step.Parameter)s).Path);
        var position = at.Match(p => $"{file}:{p.Line}:{p.Column}", () => file);
        var rest = new Place(problem.At.Steps.Filter(s => s is not Step.YamlPosition and not Step.Parameter));
        var where = string.Join(": ", path.ToSeq().Append(rest.IsWhole ? Seq<string>() : Seq1(ProblemWords.Place(problem with { At = rest }, language))));
        return $"{position}: {(where.Length > 0 ? where + ": " : "")}{ProblemWords.Message(problem, language)}";
    }
}
