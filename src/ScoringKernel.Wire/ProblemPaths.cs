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

    private static readonly Dictionary<RoundItem, string> RoundFields = Enum.GetValues<RoundItem>().ToDictionary(i => i, RoundFieldName);

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

    private static readonly PathSegment Segments = new();

    private static string Segment(Step step) => step.Accept(Segments);

    /// <summary>Each step's segment of the proto field path: one method per case of <see cref="Step"/>.</summary>
    private sealed class PathSegment : IStepVisitor<string>
    {
        public string Visit(Step.UnitEntry u) => $"units[{u.Index}]";
        public string Visit(Step.SingleUnit step) => "unit";
        public string Visit(Step.AssessmentRequest step) => "assessment";
        public string Visit(Step.RuleSetId step) => "rule_set_id";
        public string Visit(Step.Policy step) => "unit_policy";
        public string Visit(Step.View step) => "view";
        public string Visit(Step.TargetTable step) => "target_table";
        public string Visit(Step.Units step) => "units";
        public string Visit(Step.UnitCodeOf step) => "unit_code";
        public string Visit(Step.IndicatorOf i) => Indicator(i.Indicator);
        public string Visit(Step.FigureOf f) => Figures[f.Field];
        public string Visit(Step.Villages step) => $"{Indicator(Core.Attachment1.Indicator.VillageAssistance)}.villages";
        public string Visit(Step.Village v) => $"{Indicator(Core.Attachment1.Indicator.VillageAssistance)}.villages[{v.Index}]";
        public string Visit(Step.VillagePart p) => p.Item switch
        {
            VillageItem.Name => "name",
            VillageItem.ResidentTeam => "resident_team",
            VillageItem.ProjectInvestmentWan => "project_investment_wan",
        };
        public string Visit(Step.Submission s) => $"submissions[{s.Index}]";
        public string Visit(Step.Submissions step) => "submissions";
        public string Visit(Step.SelfEvaluation step) => "self_evaluation";
        public string Visit(Step.DepartmentEntry d) => $"departments[{d.Index}]";
        public string Visit(Step.GivenFigure g) => $"figures[{g.Index}]";
        public string Visit(Step.FindingEntry f) => $"findings[{f.Index}]";
        public string Visit(Step.ClaimPart c) => c.Item switch
        {
            ClaimItem.Figure => "figure",
            ClaimItem.Value => "value",
            ClaimItem.Village => "figure.village.name",
            ClaimItem.Note => "note",
            ClaimItem.Date => "date",
            ClaimItem.Check => "check",
            ClaimItem.Department => "department",
        };
        public string Visit(Step.TargetRows step) => "rows";
        public string Visit(Step.TargetRowEntry r) => $"rows[{r.Index}]";
        public string Visit(Step.TargetColumnOf c) => Columns[c.Column];
        public string Visit(Step.Parameter step) => "parameter";
        public string Visit(Step.Base step) => "base";
        public string Visit(Step.Scenarios step) => "scenarios";
        public string Visit(Step.ScenarioEntry s) => $"scenarios[{s.Index}]";
        public string Visit(Step.Overrides step) => "overrides";
        public string Visit(Step.OverrideEntry o) => $"overrides[{o.Index}]";
        public string Visit(Step.OverridePart o) => o.Item switch
        {
            OverrideItem.ParameterPath => "parameter.path",
            OverrideItem.ParameterValue => "parameter.value",
            OverrideItem.TargetUnit => "target.unit_code",
            OverrideItem.TargetKind => "target.kind",
            OverrideItem.TargetGroup => "target.group",
            OverrideItem.TargetValue => "target.value",
            OverrideItem.FigureUnit => "figure.unit_code",
            OverrideItem.FigureValue => "figure.value",
        };
        public string Visit(Step.SweepPart s) => s.Item switch
        {
            SweepItem.Template => "template",
            SweepItem.Start => "start",
            SweepItem.Stop => "stop",
            SweepItem.Step => "step",
        };
        public string Visit(Step.ThresholdPart t) => t.Item switch
        {
            ThresholdItem.Template => "template",
            ThresholdItem.From => "from",
            ThresholdItem.To => "to",
            ThresholdItem.Condition => "condition",
            ThresholdItem.ConditionUnit => "condition.unit_code",
            ThresholdItem.ConditionCount => "condition.count",
        };
        // A sweep point's value, a file's line, a workbook's cell and a JSON text's line and column have no field of their own: the description says them.
        public string Visit(Step.SweepValue step) => "";
        public string Visit(Step.FileLine step) => "";
        public string Visit(Step.JsonPosition step) => "";
        public string Visit(Step.Cell step) => "";
        public string Visit(Step.YamlPosition step) => "";
        // The request field that carries the workbook's bytes.
        public string Visit(Step.Workbook step) => "workbook";
        public string Visit(Step.RoundPart r) => RoundFields[r.Item];
        public string Visit(Step.Wire w) => w.Name;
        public string Visit(Step.Element e) => $"[{e.Index}]";
    }

    private static string Indicator(Indicator indicator) => FieldOf(P.UnitFigures.Descriptor, ProtoNames.SnakeCase(indicator.ToString())).Name;

    private static string FigurePath(FigureField field)
    {
        var leaf = ProtoNames.SnakeCase(field.ToString());
        return field.Def().Indicator.Match(
            i => $"{Indicator(i)}.{FieldOf(FieldOf(P.UnitFigures.Descriptor, Indicator(i)).MessageType, leaf).Name}",
            () => FieldOf(P.UnitFigures.Descriptor, leaf).Name);
    }

    private static string ColumnName(TargetColumn column) => FieldOf(P.TargetRow.Descriptor, ProtoNames.SnakeCase(column.ToString())).Name;

    /// <summary>The field of the round's request (or export) that holds <paramref name="item"/>.</summary>
    private static string RoundFieldName(RoundItem item)
    {
        var (message, name) = item switch
        {
            RoundItem.Year => (P.OpenRoundRequest.Descriptor, "year"),
            RoundItem.Etag => (P.SubmitSelfEvaluationRequest.Descriptor, "etag"),
            RoundItem.UnitCode => (P.SubmitSelfEvaluationRequest.Descriptor, "unit_code"),
            RoundItem.Figures => (P.SubmitDepartmentFiguresRequest.Descriptor, "figures"),
            RoundItem.UpdateMask => (P.SubmitDepartmentFiguresRequest.Descriptor, "update_mask"),
            RoundItem.UpdateMaskPaths => (Google.Protobuf.WellKnownTypes.FieldMask.Descriptor, "paths"),
            RoundItem.Finding => (P.RecordFindingRequest.Descriptor, "finding"),
            RoundItem.FindingId => (P.RecordFindingRequest.Descriptor, "finding_id"),
            RoundItem.Inspector => (P.RecordFindingRequest.Descriptor, "inspector"),
            RoundItem.Reason => (P.WithdrawFindingRequest.Descriptor, "reason"),
            RoundItem.EvaluationDigest => (P.ApproveRoundRequest.Descriptor, "evaluation_digest"),
            RoundItem.NoticeNumber => (P.PublishNoticeRequest.Descriptor, "notice_number"),
            RoundItem.IssuedOn => (P.PublishNoticeRequest.Descriptor, "issued_on"),
            RoundItem.FiguresWorkbook => (P.ImportRoundRequest.Descriptor, "figures_workbook"),
            RoundItem.Evaluation => (P.ImportRoundRequest.Descriptor, "evaluation"),
            RoundItem.RoundExport => (P.ImportRoundRequest.Descriptor, "round_export"),
            RoundItem.ExportEvents => (P.RoundExport.Descriptor, "events"),
            RoundItem.ExportChain => (P.RoundExport.Descriptor, "chain"),
            RoundItem.ExportSignature => (P.RoundExport.Descriptor, "signature"),
        };
        return FieldOf(message, name).Name;
    }

    private static FieldDescriptor FieldOf(MessageDescriptor message, string name) =>
        message.FindFieldByName(name) ?? throw new InvalidOperationException($"{message.FullName} has no field '{name}'");
}
