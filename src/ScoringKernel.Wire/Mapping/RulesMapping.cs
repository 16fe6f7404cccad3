using ScoringKernel.Words;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Wire.Mapping;

/// <summary>The rule catalog on the wire, built from the rule set the kernel computes with.</summary>
public static class RulesMapping
{
    public static P.RuleSetSummary Summary(RuleSet rules) => new()
    {
        Id = rules.Id,
        Version = rules.Version,
        Title = rules.Title,
        Year = rules.Year,
    };

    public static P.RuleSet FromDomain(RuleSet rules)
    {
        var wire = new P.RuleSet
        {
            Id = rules.Id,
            Version = rules.Version,
            Title = rules.Title,
            Year = rules.Year,
            UnitPolicy = EnumMapping.FromDomain(rules.Policy),
            PassLine = DecimalParsing.Format(rules.PassLine),
            CountiesAndCitiesClass1Quota = rules.Quotas.CountiesAndCitiesClass1,
            DistrictsClass1Quota = rules.Quotas.DistrictsClass1,
            ScoreDecimals = rules.ScoreDecimals,
            CommonReadings = Clause.CommonReadings,
        };
        wire.TieBreakOrder.AddRange(rules.TieBreakOrder.Map(EnumMapping.FromDomain));
        wire.Indicators.AddRange(Indicators.All.Map(i =>
        {
            var clause = Clauses.Of(i, rules);
            var rule = new P.IndicatorRule
            {
                Indicator = EnumMapping.FromDomain(i),
                ClauseId = clause.Id,
                Requirement = clause.Requirement,
                ScoringText = clause.ScoringText,
                English = clause.English,
                Reading = clause.Reading,
                StandardScore = DecimalParsing.Format(rules.Standard(i)),
            };
            rule.Parameters.AddRange(RuleParameters.Of(i).Map(p => Parameter(p, rules)));
            return rule;
        }));
        wire.FigureFields.AddRange(FigureFields.All.Map(d =>
        {
            var info = new P.FigureFieldInfo
            {
                Path = d.Path,
                WireValue = "FIGURE_FIELD_" + d.Leaf.ToUpperInvariant(),
                Label = Labels.Figure(d.Field),
                Unit = Labels.Measure(d.Field),
                Kind = ProtoNames.SnakeCase(d.Kind.ToString()),
                ClauseId = d.Indicator.Match(i => i.ClauseId(), ""),
                MarginInput = d.Line.IsSome,
            };
            info.Departments.AddRange(d.Indicator.Match(i => Clauses.Of(i, rules).Providers, () => Departments.FundsMisuseProviders)
                .Map(p => "DEPARTMENT_" + ProtoNames.SnakeCase(p.ToString()).ToUpperInvariant()));
            return info;
        }));
        wire.RankingParameters.AddRange(RuleParameters.All.Filter(p => p.Indicator.IsNone).Map(p => Parameter(p, rules)));
        wire.TargetFields.AddRange(TargetFields.All.Map(f => new P.TargetFieldInfo { Name = f.Name(), WireValue = f.WireValue(), Label = Labels.Target(f), Unit = Labels.TargetMeasure(f) }));
        wire.GradeLabels.AddRange(Enum.GetValues<Core.Ranking.Grade>().Select(g => new P.EnumLabel { Value = EnumMapping.WireName(EnumMapping.FromDomain(g)), Label = Labels.Grade(g) }));
        wire.DepartmentLabels.AddRange(Departments.All.Map(d => new P.EnumLabel { Value = EnumMapping.WireName(EnumMapping.FromDomain(d)), Label = Labels.Department(d) }));
        return wire;
    }

    /// <summary>One parameter with its value, its path and what the office calls it (the catalog's words are Chinese, as its figure labels).</summary>
    private static P.RuleParameter Parameter(RuleParameterDef p, RuleSet rules) => new()
    {
        Name = p.Name,
        Value = DecimalParsing.Format(p.Get(rules)),
        TableColumn = p.TableColumn.Match(c => c.Name(), ""),
        Label = ParameterWords.Label(p),
        Path = p.Path,
    };
}
