using Google.Protobuf;
using LanguageExt;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Benchmarks;

/// <summary>The example figures of specs/examples, and synthetic tables of any size made by repeating the 12 units under new codes.</summary>
public static class BenchmarkData
{
    public static string Root => RepoRoot.Path;

    public static readonly Seq<UnitFigures> Example = LoadExample();

    public static readonly RuleSet Rules = Hengyang2015.RuleSet;

    public static ScenarioBase Base(int units)
    {
        if (units == 12) return new ScenarioBase(Rules, EmbeddedTargets.Table2015, Example);
        var source = EmbeddedTargets.Table2015.Units.ToArray();
        var figures = Example.ToDictionary(f => f.Unit);
        var rows = new List<TargetRow>(units);
        var unitFigures = new List<UnitFigures>(units);
        for (var i = 0; i < units; i++)
        {
            var template = source[i % source.Length];
            var code = UnitCode.Known((100000 + i).ToString());
            var kind = template.Kind switch
            {
                UnitKind.County => RowKind.County,
                UnitKind.CountyLevelCity => RowKind.CountyLevelCity,
                UnitKind.District => RowKind.District,
            };
            rows.Add(TargetRow.Create(code, template.Name, kind, template.Population, Some(template.Work)).Match(r => r, ps => throw new InvalidOperationException(ps.Head.ToString())));
            unitFigures.Add(figures[template.Code] with { Unit = code });
        }
        var table = TargetTable.Create(rows.ToSeq()).Match(t => t, ps => throw new InvalidOperationException(ps.Head.ToString()));
        return new ScenarioBase(Rules, table, unitFigures.ToSeq());
    }

    private static Seq<UnitFigures> LoadExample()
    {
        var request = JsonParser.Default.Parse<P.AssessRequest>(File.ReadAllText(Path.Combine(Root, "specs", "examples", "illustrative-2015.json")));
        return request.Units.Select(u => FiguresMapping.ToDomain(u).Match(f => f, ps => throw new InvalidOperationException(ps.Head.ToString()))).ToSeq().Strict();
    }
}
