using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

/// <summary>
/// What each reason says, in the office's Chinese and in English, from its typed arguments. The English is what the
/// wire's <c>description</c> has always said (integrators' tests may match it); the Chinese is what the office reads.
/// Every reason declared in Core has exactly one entry here (a test checks it).
/// </summary>
public static partial class ReasonWords
{
    private sealed record Entry(Func<ArgText, string> Zh, Func<ArgText, string> En);

    private static readonly Dictionary<Reason, Entry> Table = new();

    private static void Say(Reason reason, Func<ArgText, string> zh, Func<ArgText, string> en)
    {
        if (!Table.TryAdd(reason, new Entry(zh, en)))
            throw new InvalidOperationException($"{reason.Code} has words twice");
    }

    public static bool Has(Reason reason) => Table.ContainsKey(reason);

    /// <summary>Reasons whose words already say where (the unit and the figure or column): a sentence gives them without a place in front.</summary>
    private static readonly System.Collections.Generic.HashSet<Reason> SaysItsPlace =
    [
        TargetReasons.YearEndNotBaselineLessReduction, TargetReasons.ReductionCountDiffers, TargetReasons.TotalNotSum,
        EvaluationReasons.MisusedYetCompliant, EvaluationReasons.DeliveredAbovePledged,
    ];

    public static bool NamesItsPlace(Reason reason) => SaysItsPlace.Contains(reason);

    public static Seq<Reason> All => Table.Keys.ToSeq().Strict();

    /// <summary>What <paramref name="reason"/> says in <paramref name="language"/>, from its own values.</summary>
    public static string Say(Reason reason, Language language, UnitNames names) => language switch
    {
        Language.ZhCn => reason.Accept(new ZhReasonWords(names)),
        Language.En => reason.Accept(new EnReasonWords(names)),
    };

    public static string Say(Reason reason, ArgText a) =>
        Table.TryGetValue(reason, out var entry)
            ? a.Language == Language.ZhCn ? entry.Zh(a) : entry.En(a)
            : throw new InvalidOperationException($"{reason.Code} has no words");

    static ReasonWords()
    {
        Values();
        Units();
        Evaluation();
        Targets();
        Scenarios();
        Wire();
        ThresholdReasonWords();
        Json();
        Workbooks();
        RoundWords();
        RuleSets();
    }

    private static void Values()
    {
        Say(ValueReasons.Negative, a => $"不能为负数(填写了 {a.N(0)})", a => $"must not be negative (got {a.N(0)})");
        Say(ValueReasons.TooLarge, a => $"不能大于 {a.N(1)}(填写了 {a.N(0)})", a => $"must be at most {a.N(1)} (got {a.N(0)})");
        Say(ValueReasons.OutOfRange, a => $"应在 {a.N(1)} 到 {a.N(2)} 之间(填写了 {a.N(0)})", a => $"must be between {a.N(1)} and {a.N(2)} (got {a.N(0)})");
        Say(ValueReasons.NotPositive, a => $"应大于 0(填写了 {a.N(0)})", a => $"must be greater than 0 (got {a.N(0)})");
        Say(ValueReasons.TooPrecise, a => $"小数点后最多 {a.N(1)} 位(填写了 {a.N(0)})", a => $"must have at most {a.N(1)} digits after the decimal point (got {a.N(0)})");
        Say(ValueReasons.NotWhole, a => $"应为整数(填写了 {a.N(0)})", a => $"must be a whole number (got {a.N(0)})");
        Say(ValueReasons.NotYesNo, a => $"是/否项只能填 1(是)或 0(否)(填写了 {a.N(0)})", a => $"a yes/no figure takes 1 or 0 (got {a.N(0)})");
        Say(ValueReasons.Required, _ => "必须填写", _ => "is required");
        Say(ValueReasons.RequiredYesNo, _ => "必须填写“是”或“否”", _ => "is required (true or false)");
        Say(ValueReasons.NotAnInteger, a => $"请填写整数,不能为“{a.T(0)}”", a => $"must be a whole number (got '{a.T(0)}')");
        Say(ValueReasons.NotADecimal, a => $"请填写数字,不能为“{a.T(0)}”", a => $"must be {DecimalParsing.FormatDescription} (got '{a.T(0)}')");
        Say(ValueReasons.TextEmpty, _ => "不能为空", _ => "must not be empty");
        Say(ValueReasons.TextTooLong, a => $"最多 {a.N(1)} 个字(填写了 {a.N(0)} 个)", a => $"must be at most {a.N(1)} characters (got {a.N(0)})");
        Say(ValueReasons.UnitCodeMalformed, a => $"单位代码应为六位行政区划代码(如 430423)或 ZONE- 开头的标识,不能为“{a.T(0)}”",
            a => $"must be a six-digit GB/T 2260 code such as 430423 or a ZONE-… identifier (got '{a.T(0)}')");
        Say(ValueReasons.RequiredChoice, a => $"必须填写,可选 {a[0]}", a => $"is required ({a[0]})");
        Say(ValueReasons.UnknownChoice, a => $"只能填 {a[1]} 之一,不能为“{a.T(0)}”", a => $"must be one of {a[1]} (got '{a.T(0)}')");
    }

    private static void Units()
    {
        Say(UnitReasons.NotInTable, a => $"目标任务表(附件2)中没有单位 {a.UnitCode(0)}", a => $"unit {a.UnitCode(0)} is not in the target table");
        Say(UnitReasons.NotScored, a => $"{a.UnitNameAndCode(0)} 在目标任务表中,但不属于任何考核组,不参加评分",
            a => $"{a.UnitNameAndCode(0)} is in the target table but not scored: it belongs to no assessment group");
        Say(UnitReasons.GivenTwice, a => $"单位 {a.UnitCode(0)} 重复填报", a => $"unit {a.UnitCode(0)} is given more than once");
        Say(UnitReasons.NoFigures, a => $"缺少 {a.UnitNameAndCode(0)} 的数据", a => $"no figures for {a.UnitNameAndCode(0)}");
        Say(UnitReasons.MoreVillagesThanTable, a => $"填报了 {a.N(0)} 个贫困村,但目标任务表中 {a.UnitName(1)} 只有 {a.N(2)} 个贫困村",
            a => $"lists {a.N(0)} villages but the target table gives {a.UnitNameAndCode(1)} {a.N(2)} poor villages");
        Say(UnitReasons.TooManyVillages, a => $"每个单位最多 {a.N(1)} 个贫困村(填报了 {a.N(0)} 个)", a => $"at most {a.N(1)} villages per unit (got {a.N(0)})");
        Say(UnitReasons.VillageListedTwice, a => $"贫困村“{a.T(0)}”重复填报", a => $"village '{a.T(0)}' is listed more than once");
        Say(UnitReasons.VillageNotListed, a => $"{a.UnitName(0)} 的自评中没有贫困村“{a.T(1)}”", a => $"the self-evaluation of {a.UnitCode(0)} lists no village '{a.T(1)}'");
        Say(UnitReasons.TooManyUnits, a => $"一次最多 {a.N(1)} 个单位(提交了 {a.N(0)} 个)", a => $"at most {a.N(1)} units per request (got {a.N(0)})");
    }

    private static void Evaluation()
    {
        Say(EvaluationReasons.SourcesDisagree, a => $"{a[0]}:{a[1]} 为 {a.N(2)},而{a[5]}({a[3]})为 {a.N(4)};同一级别的来源必须一致",
            a => $"{a[0]}: {a[1]} gives {a.N(2)}, but {a[3]} gives {a.N(4)} at {a[5]}; sources of the same authority must agree");
        Say(EvaluationReasons.DepartmentNotProvider, a => $"{a[0]} 提供了 {a[1]},附件1 规定由 {a[2]} 提供(已采用,仅提示)",
            // The English the wire has always carried: the office's names, the figure's wire path, the clause id.
            a => $"{a.ZhName(0)} gave {a.FigureWirePath(1)}; Attachment 1 names {a.ZhName(2)} as providing {a.FigureClauseId(1)}. Accepted.");
        Say(EvaluationReasons.MisusedYetCompliant, a => $"{a.UnitName(0)}:填报了违规违纪使用扶贫资金,却又填报其他扶贫资金按政策规范使用(按填报评分,仅提示)",
            a => $"unit {a.UnitCode(0)}: funds_misused says poverty funds were used in violation of the rules, yet other_funds_compliant says other poverty funds were used as policy requires");
        Say(EvaluationReasons.DeliveredAbovePledged, a => $"{a.UnitName(0)}:帮扶资金到位 {a.N(1)} 万元,超过承诺的 {a.N(2)} 万元(按填报评分,仅提示)",
            a => $"unit {a.UnitCode(0)}: funds delivered ({a.N(1)} 万元) exceed the funds pledged ({a.N(2)} 万元)");
        Say(EvaluationReasons.TooManySubmissions, a => $"一次最多 {a.N(1)} 个单位的报送(提交了 {a.N(0)} 个)", a => $"at most {a.N(1)} submissions per request (got {a.N(0)})");
    }

    private static void Targets()
    {
        Say(TargetReasons.TooManyRows, a => $"最多 {a.N(1)} 行(有 {a.N(0)} 行)", a => $"at most {a.N(1)} rows (got {a.N(0)})");
        Say(TargetReasons.RowRepeated, a => $"单位 {a.UnitCode(0)} 出现了不止一次", a => $"unit {a.UnitCode(0)} appears more than once");
        Say(TargetReasons.SeveralTotalRows, _ => "合计行只能有一行", _ => "at most one total row");
        Say(TargetReasons.NoScoredUnit, _ => "没有参加评分的单位(县、县级市或区)", _ => "no scored unit (county, county_city or district row)");
        Say(TargetReasons.ZoneWithWork, _ => "园区行只填人口各列", _ => "a zone row carries population columns only");
        Say(TargetReasons.WorkColumnsMissing, a => $"{a[0]} 行须填写全部任务列", a => $"a {a[0]} row needs every work column");
        Say(TargetReasons.ZoneNeedsZoneCode, _ => "园区行的代码应以 ZONE- 开头", _ => "a zone row takes a ZONE-… identifier");
        Say(TargetReasons.RowNeedsDivisionCode, _ => "此类行须填写六位行政区划代码", _ => "a GB/T 2260 code is needed for this kind of row");
        Say(TargetReasons.YearEndNotBaselineLessReduction,
            a => $"{a.UnitName(0)}:年底贫困人口 {a.N(1)} 不等于 2014年底贫困人口 {a.N(2)} − 减贫人数 {a.N(3)} = {a.N(4)}",
            a => $"{a.UnitNameAndCode(0)}: year-end population {a.N(1)} is not baseline {a.N(2)} − reduction {a.N(3)} = {a.N(4)}");
        Say(TargetReasons.ReductionCountDiffers,
            a => $"{a.UnitName(0)}:减贫人数 {a.N(1)} 与 2014年底贫困人口 {a.N(2)} × {a.N(3)}% = {a.Rounded(4, 1)} 相差 {a.RoundedAbs(5, 1)} 人(提示,不影响评分)",
            a => $"{a.UnitNameAndCode(0)}: reduction count {a.N(1)} differs from baseline {a.N(2)} × rate {a.N(3)} % = {a.N(4)} by more than one person");
        Say(TargetReasons.TotalNotSum, a => $"{a.UnitName(0)}:{a[1]} {a.N(2)} 不等于以下各行之和({a.N(3)})",
            a => $"{a.UnitNameAndCode(0)}: {a.ColumnWireName(1)} {a.N(2)} is not the sum of the rows below it ({a.N(3)})");
        Say(TargetReasons.CsvEmpty, _ => "文件是空的;第1行应为表头", _ => "the file is empty; line 1 must be the header");
        Say(TargetReasons.CsvHeader, a => $"表头应为“{a[0]}”,实为“{a.T(1)}”", a => $"must be exactly '{a[0]}' (got '{a.T(1)}')");
        Say(TargetReasons.CsvCellCount, a => $"应有 {a.N(0)} 列,实有 {a.N(1)} 列", a => $"expected {a.N(0)} cells, got {a.N(1)}");
    }

    private static void Scenarios()
    {
        Say(ScenarioReasons.TooManyOverrides, a => $"每个情景最多 {a.N(1)} 项调整(有 {a.N(0)} 项)", a => $"at most {a.N(1)} overrides per scenario (got {a.N(0)})");
        Say(ScenarioReasons.UnknownParameter, a => $"没有规则参数“{a[0]}”(规则目录列出全部参数)", a => $"no rule-set parameter '{a[0]}'; GetRuleSet lists them");
        Say(ScenarioReasons.ParameterGovernedByTable,
            a => $"参数 {a[0]} 只在附件2 未填“{a[1]}”时适用,而目标任务表为每个单位都填了;要改目标,请调整目标任务“{a[1]}”",
            a => $"{a[0]} applies only where Attachment 2 leaves {a.TargetWireName(1)} empty, and the target table gives {a.TargetWireName(1)} for every unit; to change the target, use a target override of {a.TargetWireValue(1)}");
        Say(ScenarioReasons.NoUnitOfKind, a => $"目标任务表中没有类别为“{a[0]}”的单位", a => $"the target table has no unit of kind {a.KindWord(0)}");
        Say(ScenarioReasons.NoUnitInGroup, a => $"目标任务表中没有“{a[0]}”的单位", a => $"the target table has no unit in group {a.GroupWord(0)}");
        Say(ScenarioReasons.SweepPolicy, _ => "计分方式没有可扫描的数值;请扫描参数、目标任务或指标数据", _ => "a unit policy has no numeric value to sweep; sweep a parameter, target or figure");
        Say(ScenarioReasons.SweepStopBelowStart, a => $"终点不能小于起点 {a.N(0)}(填写了 {a.N(1)})", a => $"must not be below start {a.N(0)} (got {a.N(1)})");
        Say(ScenarioReasons.SweepTooManyPoints, a => $"该范围有 {a.N(0)} 个点,最多 {a.N(1)} 个", a => $"the range gives {a.N(0)} points; at most {a.N(1)}");
        Say(ScenarioReasons.TooManyScenarios, a => $"一次最多比较 {a.N(1)} 个情景(有 {a.N(0)} 个)", a => $"at most {a.N(1)} scenarios per comparison (got {a.N(0)})");
    }

    static partial void WireWords();
    static partial void ThresholdReasonWords();
    static partial void JsonWords();
    static partial void WorkbookWords();
    static partial void RoundWords();
    static partial void RuleSetWords();

    private static void Wire() => WireWords();
    private static void Json() => JsonWords();
    private static void Workbooks() => WorkbookWords();
    private static void RuleSets() => RuleSetWords();
}
