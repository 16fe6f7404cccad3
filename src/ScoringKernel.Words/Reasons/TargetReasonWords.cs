using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

internal sealed partial class ZhReasonWords
{
    public string Visit(TargetReason.TooManyRows r) => $"最多 {N(r.Most)} 行(有 {N(r.Given)} 行)";
    public string Visit(TargetReason.RowRepeated r) => $"单位 {r.Unit.Value} 出现了不止一次";
    public string Visit(TargetReason.SeveralTotalRows r) => "合计行只能有一行";
    public string Visit(TargetReason.NoScoredUnit r) => "没有参加评分的单位(县、县级市或区)";
    public string Visit(TargetReason.ZoneWithWork r) => "园区行只填人口各列";
    public string Visit(TargetReason.WorkColumnsMissing r) => $"{r.Kind} 行须填写全部任务列";
    public string Visit(TargetReason.ZoneNeedsZoneCode r) => "园区行的代码应以 ZONE- 开头";
    public string Visit(TargetReason.RowNeedsDivisionCode r) => "此类行须填写六位行政区划代码";
    public string Visit(TargetReason.YearEndNotBaselineLessReduction r) =>
        $"{UnitName(r.Unit)}:年底贫困人口 {N(r.YearEnd)} 不等于 2014年底贫困人口 {N(r.Baseline)} − 减贫人数 {N(r.Reduction)} = {N(r.Expected)}";
    public string Visit(TargetReason.ReductionCountDiffers r) =>
        $"{UnitName(r.Unit)}:减贫人数 {N(r.Reduction)} 与 2014年底贫困人口 {N(r.Baseline)} × {N(r.RatePercent)}% = {Rounded(r.Expected, 1)} 相差 {RoundedAbs(r.Difference, 1)} 人(提示,不影响评分)";
    public string Visit(TargetReason.TotalNotSum r) => $"{UnitName(r.Unit)}:{S(r.Column)} {N(r.Stated)} 不等于以下各行之和({N(r.Sum)})";
    public string Visit(TargetReason.CsvEmpty r) => "文件是空的;第1行应为表头";
    public string Visit(TargetReason.CsvHeader r) => $"表头应为“{r.Expected}”,实为“{T(r.Given)}”";
    public string Visit(TargetReason.CsvCellCount r) => $"应有 {N(r.Expected)} 列,实有 {N(r.Given)} 列";
}

internal sealed partial class EnReasonWords
{
    public string Visit(TargetReason.TooManyRows r) => $"at most {N(r.Most)} rows (got {N(r.Given)})";
    public string Visit(TargetReason.RowRepeated r) => $"unit {r.Unit.Value} appears more than once";
    public string Visit(TargetReason.SeveralTotalRows r) => "at most one total row";
    public string Visit(TargetReason.NoScoredUnit r) => "no scored unit (county, county_city or district row)";
    public string Visit(TargetReason.ZoneWithWork r) => "a zone row carries population columns only";
    public string Visit(TargetReason.WorkColumnsMissing r) => $"a {r.Kind} row needs every work column";
    public string Visit(TargetReason.ZoneNeedsZoneCode r) => "a zone row takes a ZONE-… identifier";
    public string Visit(TargetReason.RowNeedsDivisionCode r) => "a GB/T 2260 code is needed for this kind of row";
    public string Visit(TargetReason.YearEndNotBaselineLessReduction r) =>
        $"{UnitNameAndCode(r.Unit)}: year-end population {N(r.YearEnd)} is not baseline {N(r.Baseline)} − reduction {N(r.Reduction)} = {N(r.Expected)}";
    public string Visit(TargetReason.ReductionCountDiffers r) =>
        $"{UnitNameAndCode(r.Unit)}: reduction count {N(r.Reduction)} differs from baseline {N(r.Baseline)} × rate {N(r.RatePercent)} % = {N(r.Expected)} by more than one person";
    public string Visit(TargetReason.TotalNotSum r) =>
        $"{UnitNameAndCode(r.Unit)}: {ColumnWireName(r.Column)} {N(r.Stated)} is not the sum of the rows below it ({N(r.Sum)})";
    public string Visit(TargetReason.CsvEmpty r) => "the file is empty; line 1 must be the header";
    public string Visit(TargetReason.CsvHeader r) => $"must be exactly '{r.Expected}' (got '{T(r.Given)}')";
    public string Visit(TargetReason.CsvCellCount r) => $"expected {N(r.Expected)} cells, got {N(r.Given)}";
}
