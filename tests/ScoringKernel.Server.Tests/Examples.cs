using Google.Protobuf;
using ScoringKernel.Contracts.V1;

namespace ScoringKernel.Server.Tests;

public static class Examples
{
    public static string RepoRoot => ScoringKernel.TestSupport.RepoRoot.Path;

    public static string IllustrativePath => Path.Combine(RepoRoot, "specs", "examples", "illustrative-2015.json");

    public static string IllustrativeJson => File.ReadAllText(IllustrativePath);

    public static AssessRequest Illustrative => JsonParser.Default.Parse<AssessRequest>(IllustrativeJson);

    public static TargetTable TargetTable => JsonParser.Default.Parse<TargetTable>(JsonFormatter.Default.Format(Wire.Mapping.TargetsMapping.FromDomain(Core.Targets.EmbeddedTargets.Table2015)));

    public static string EvaluationPath => Path.Combine(RepoRoot, "specs", "examples", "evaluation-2015.json");

    public static EvaluateRequest Evaluation => JsonParser.Default.Parse<EvaluateRequest>(File.ReadAllText(EvaluationPath));

    public static UnitFigures Unit(string code) => Illustrative.Units.Single(u => u.UnitCode == code);
}
