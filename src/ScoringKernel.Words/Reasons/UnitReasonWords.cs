using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

internal sealed partial class ZhReasonWords
{
    public string Visit(UnitReason.NotInTable r) => $"目标任务表(附件2)中没有单位 {r.Unit.Value}";
    public string Visit(UnitReason.NotScored r) => $"{UnitNameAndCode(r.Unit)} 在目标任务表中,但不属于任何考核组,不参加评分";
    public string Visit(UnitReason.GivenTwice r) => $"单位 {r.Unit.Value} 重复填报";
    public string Visit(UnitReason.NoFigures r) => $"缺少 {UnitNameAndCode(r.Unit)} 的数据";
    public string Visit(UnitReason.MoreVillagesThanTable r) => $"填报了 {N(r.Listed)} 个贫困村,但目标任务表中 {UnitName(r.Unit)} 只有 {N(r.InTable)} 个贫困村";
    public string Visit(UnitReason.TooManyVillages r) => $"每个单位最多 {N(r.Most)} 个贫困村(填报了 {N(r.Listed)} 个)";
    public string Visit(UnitReason.VillageListedTwice r) => $"贫困村“{T(r.Village)}”重复填报";
    public string Visit(UnitReason.VillageNotListed r) => $"{UnitName(r.Unit)} 的自评中没有贫困村“{T(r.Village)}”";
    public string Visit(UnitReason.TooManyUnits r) => $"一次最多 {N(r.Most)} 个单位(提交了 {N(r.Given)} 个)";
}

internal sealed partial class EnReasonWords
{
    public string Visit(UnitReason.NotInTable r) => $"unit {r.Unit.Value} is not in the target table";
    public string Visit(UnitReason.NotScored r) => $"{UnitNameAndCode(r.Unit)} is in the target table but not scored: it belongs to no assessment group";
    public string Visit(UnitReason.GivenTwice r) => $"unit {r.Unit.Value} is given more than once";
    public string Visit(UnitReason.NoFigures r) => $"no figures for {UnitNameAndCode(r.Unit)}";
    public string Visit(UnitReason.MoreVillagesThanTable r) =>
        $"lists {N(r.Listed)} villages but the target table gives {UnitNameAndCode(r.Unit)} {N(r.InTable)} poor villages";
    public string Visit(UnitReason.TooManyVillages r) => $"at most {N(r.Most)} villages per unit (got {N(r.Listed)})";
    public string Visit(UnitReason.VillageListedTwice r) => $"village '{T(r.Village)}' is listed more than once";
    public string Visit(UnitReason.VillageNotListed r) => $"the self-evaluation of {r.Unit.Value} lists no village '{T(r.Village)}'";
    public string Visit(UnitReason.TooManyUnits r) => $"at most {N(r.Most)} units per request (got {N(r.Given)})";
}
