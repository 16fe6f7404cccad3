using Google.Protobuf.Reflection;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Wire;

/// <summary>
/// A problem's place as the proto field path of the request it came in (<c>units[3].own_budget.own_budget_wan</c>,
/// <c>submissions[2].findings[0].value</c>), as AIP-193's <c>field_violations[].field</c> names it. Figures and target
/// columns are looked up in the descriptors once, so a renamed proto field fails at start-up, not in a reply.
/// </summary>
public static class ProblemPaths
{
    private static readonly Dictionary<FigureField, string> Figures = FigureFields.All.ToDictionary(d => d.Field, d => FigurePath(d.Field));

    private static readonly Dictionary<TargetColumn, string> Columns = Enum.GetValues<TargetColumn>().ToDictionary(c => c, ColumnName);

    public static string Of(Place place)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var step in place.Steps)
        {
            var segment = Segment(step);
            if (segment.Length == 0) continue;
            if (sb.Length > 0 && segment[0] != '[') sb.Append('.');
            sb.Append(segment);
        }
        return sb.ToString();
    }

    public static string Of(Problem problem) => Of(problem.At);

    private static string Segment(Step step) => step switch
    {
        Step.UnitEntry u => $"units[{u.Index}]",
        Step.SingleUnit => "unit",
        Step.AssessmentRequest => "assessment",
        Step.RuleSetId => "rule_set_id",
        Step.Policy => "unit_policy",
        Step.View => "view",
        Step.TargetTable => "target_table",
        Step.Units => "units",
        Step.UnitCodeOf => "unit_code",
        Step.IndicatorOf i => Indicator(i.Indicator),
        Step.FigureOf f => Figures[f.Field],
        Step.Villages => $"{Indicator(Core.Attachment1.Indicator.VillageAssistance)}.villages",
        Step.Village v => $"{Indicator(Core.Attachment1.Indicator.VillageAssistance)}.villages[{v.Index}]",
        Step.VillagePart p => p.Item switch
        {
            VillageItem.Name => "name",
            VillageItem.ResidentTeam => "resident_team",
            VillageItem.ProjectInvestmentWan => "project_investment_wan",
        },
        Step.Submission s => $"submissions[{s.Index}]",
        Step.Submissions => "submissions",
        Step.SelfEvaluation => "self_evaluation",
        Step.DepartmentEntry d => $"departments[{d.Index}]",
        Step.GivenFigure g => $"figures[{g.Index}]",
        Step.FindingEntry f => $"findings[{f.Index}]",
        Step.ClaimPart c => c.Item switch
        {
            ClaimItem.Figure => "figure",
            ClaimItem.Value => "value",
            ClaimItem.Village => "figure.village.name",
            ClaimItem.Note => "note",
            ClaimItem.Date => "date",
            ClaimItem.Check => "check",
            ClaimItem.Department => "department",
        },
        Step.TargetRows => "rows",
        Step.TargetRowEntry r => $"rows[{r.Index}]",
        Step.TargetColumnOf c => Columns[c.Column],
        Step.Parameter => "parameter",
        Step.Base => "base",
        Step.Scenarios => "scenarios",
        Step.ScenarioEntry s => $"scenarios[{s.Index}]",
        Step.Overrides => "overrides",
        Step.OverrideEntry o => $"overrides[{o.Index}]",
        Step.OverridePart o => o.Item switch
        {
            OverrideItem.ParameterPath => "parameter.path",
            OverrideItem.ParameterValue => "parameter.value",
            OverrideItem.TargetUnit => "target.unit_code",
            OverrideItem.TargetKind => "target.kind",
            OverrideItem.TargetGroup => "target.group",
            OverrideItem.TargetValue => "target.value",
            OverrideItem.FigureUnit => "figure.unit_code",
            OverrideItem.FigureValue => "figure.value",
        },
        Step.SweepPart s => s.Item switch
        {
            SweepItem.Template => "template",
            SweepItem.Start => "start",
            SweepItem.Stop => "stop",
            SweepItem.Step => "step",
        },
        Step.ThresholdPart t => t.Item switch
        {
            ThresholdItem.Template => "template",
            ThresholdItem.From => "from",
            ThresholdItem.To => "to",
            ThresholdItem.Condition => "condition",
            ThresholdItem.ConditionUnit => "condition.unit_code",
            ThresholdItem.ConditionCount => "condition.count",
        },
        // A sweep point's value, a file's line, a workbook's cell and a JSON text's line and column have no field of their own: the description says them.
        Step.SweepValue or Step.FileLine or Step.JsonPosition or Step.Cell or Step.YamlPosition => "",
        // The request field that carries the workbook's bytes.
        Step.Workbook => "workbook",
        Step.Wire w => w.Name,
        Step.Element e => $"[{e.Index}]",
        // C# cannot close a record hierarchy; ProblemPathTests renders every case of Step by reflection.
        _ => throw new System.Diagnostics.UnreachableException($"no path for {step.GetType().Name}"),
    };

    private static string Indicator(Indicator indicator) => FieldOf(P.UnitFigures.Descriptor, ProtoNames.SnakeCase(indicator.ToString())).Name;

    private static string FigurePath(FigureField field)
    {
        var leaf = ProtoNames.SnakeCase(field.ToString());
        return field.Def().Indicator.Match(
            i => $"{Indicator(i)}.{FieldOf(FieldOf(P.UnitFigures.Descriptor, Indicator(i)).MessageType, leaf).Name}",
            () => FieldOf(P.UnitFigures.Descriptor, leaf).Name);
    }

    private static string ColumnName(TargetColumn column) => FieldOf(P.TargetRow.Descriptor, ProtoNames.SnakeCase(column.ToString())).Name;

    private static FieldDescriptor FieldOf(MessageDescriptor message, string name) =>
        message.FindFieldByName(name) ?? throw new InvalidOperationException($"{message.FullName} has no field '{name}'");
}
