using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using LanguageExt;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;
using ScoringKernel.Core.Problems;
using ScoringKernel.Words;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Files.Workbooks;

/// <summary>A figures workbook read back: the request it holds, where each field came from (<c>单位指标!F7</c>), and warnings.</summary>
public sealed record FiguresRead(P.AssessRequest Request, IReadOnlyDictionary<string, string> Locations, Seq<Problem> Warnings)
{
    /// <summary>Whether 单位指标 gave its units (its header on row 1, a 单位代码 column): else the rows of other sheets are not read.</summary>
    internal bool UnitsListed { get; init; } = true;
}

/// <summary>
/// The figures workbook a clerk fills in: 单位指标 (one row per unit: code, name, each figure under its Chinese header
/// with its measure, yes/no as 是/否), 贫困村 (one row per village), 说明 (what each column means and which clause it
/// feeds). Its columns come from the one table of figure fields, so a new field appears here by itself.
/// </summary>
public static class FiguresWorkbook
{
    public const string UnitsSheet = "单位指标", VillagesSheet = "贫困村", NotesSheet = "说明";
    /// <summary>The comprehensive evaluation's sources: present, they make the workbook an EvaluateRequest.</summary>
    public const string DepartmentsSheet = "部门数据", FindingsSheet = "检查发现";
    private const string Department = "部门", Figure = "指标", Value = "数值", Check = "检查类型", Date = "日期", Note = "说明";
    private const string UnitCode = "单位代码", UnitName = "单位名称", Village = "村名", ResidentTeam = "驻村工作队(是/否)", Investment = "扶贫项目投入(万元)";
    private const string RuleSetLabel = "规则集";

    public static string Header(FigureFieldDef d) => Words.Labels.FigureWithMeasure(d.Field);

    /// <summary>Each figure with its header, made once (not once per row read).</summary>
    private static readonly (FigureFieldDef Def, string Header)[] FigureHeaders = FigureFields.All.Map(d => (d, Header(d))).ToArray();

    private static readonly IReadOnlyList<Column> UnitColumns =
        new[] { new Column(UnitCode, ColumnKind.Text, 10), new Column(UnitName, ColumnKind.Text, 14) }
            .Concat(FigureFields.All.Map(d => new Column(Header(d), Kind(d.Kind), Math.Max(12, Header(d).Length * 2.2), Prompt: $"{HowToFill(d)}计入{Feeds(d)}。"))).ToList();

    private static readonly IReadOnlyList<Column> VillageColumns =
        [new(UnitCode, ColumnKind.Text, 10), new(Village, ColumnKind.Text, 16), new(ResidentTeam, ColumnKind.YesNo, 18, Prompt: ResidentTeamHow),
         new(Investment, ColumnKind.Amount, 18, Prompt: InvestmentHow)];

    private const string ResidentTeamHow = "本村是否落实干部驻村帮扶,填“是”或“否”。计入附件1-六 落实干部驻村帮扶。";
    private const string InvestmentHow = "本年度投入本村的扶贫项目资金,单位万元,可有小数,如 35.5;没有的填 0。计入附件1-六 贫困村年度扶贫项目投入。";

    /// <summary>What Attachment 1 calls each clause, as its 考核内容 begins (for the clerk: which row of the table a column feeds).</summary>
    private static string ClauseTitle(Core.Attachment1.Indicator i) => i switch
    {
        Core.Attachment1.Indicator.PovertyReduction => "建档立卡动态化管理、减贫率",
        Core.Attachment1.Indicator.TargetedAssistance => "精准扶贫到人、到户",
        Core.Attachment1.Indicator.VillageIncome => "贫困村人均可支配收入及增长",
        Core.Attachment1.Indicator.HouseRenovation => "农村贫困户危房改造",
        Core.Attachment1.Indicator.Leadership => "加强对精准扶贫工作的领导",
        Core.Attachment1.Indicator.VillageAssistance => "干部驻村帮扶、帮扶资金、贫困村项目投入",
        Core.Attachment1.Indicator.SocialInvestment => "社会扶贫、扶贫日活动",
        Core.Attachment1.Indicator.TotalInvestment => "年度扶贫开发总投入",
        Core.Attachment1.Indicator.OwnBudget => "专项资金列入财政预算、其他扶贫资金使用",
        Core.Attachment1.Indicator.WorkSystems => "扶贫工作制度落实",
    };

    /// <summary>The clause a figure feeds, as the clerk reads it: 附件1-四 农村贫困户危房改造.</summary>
    private static string Feeds(FigureFieldDef d) =>
        d.Indicator.Match(i => $"{i.ClauseId()} {ClauseTitle(i)}", "考核结果运用:使用扶贫资金违规违纪的,取消评先评优及排序资格");

    /// <summary>How to fill a figure's cell, in the clerk's words: what to write, in what unit, and that a blank is not 0.</summary>
    private static string HowToFill(FigureFieldDef d)
    {
        var what = Words.Labels.Figure(d.Field);
        var measure = Words.Labels.Measure(d.Field);
        return d.Kind switch
        {
            FigureKind.YesNo => what.StartsWith("违规", StringComparison.Ordinal)
                ? $"本单位是否存在{what}的情况,填“是”或“否”,不能空着(空着不算“否”)。"
                : $"本单位是否做到{what},填“是”或“否”,不能空着(空着不算“否”)。",
            FigureKind.Count => $"填{what}的{(measure == "人" ? "人数" : "户数")},整数,单位{measure};没有的填 0,不能空着。",
            FigureKind.Amount => $"填{what}的金额,单位{measure},可有小数,如 {(measure == "元" ? "3680" : "120.5")};没有的填 0,不能空着。",
            FigureKind.Percent => $"填{what},写百分数的数字,如 95 表示 95%(不写%号,不写成 0.95)。",
            FigureKind.Growth => $"填{what},写百分数的数字,如 15.2 表示增长 15.2%,下降的填负数,如 -3。",
        };
    }

    private static readonly IReadOnlyList<Column> DepartmentColumns =
        [new(UnitCode, ColumnKind.Text, 10), new(Department, ColumnKind.Text, 10), new(Figure, ColumnKind.Text, 28), new(Village, ColumnKind.Text, 14), new(Value, ColumnKind.Text, 12)];

    private static readonly IReadOnlyList<Column> FindingColumns =
        [new(UnitCode, ColumnKind.Text, 10), new(Figure, ColumnKind.Text, 28), new(Village, ColumnKind.Text, 14), new(Value, ColumnKind.Text, 12),
         new(Check, ColumnKind.Text, 10), new(Date, ColumnKind.Text, 12), new(Note, ColumnKind.Text, 60)];

    private static readonly Dictionary<P.Department, string> DepartmentNames =
        Core.Attachment1.Departments.All.ToDictionary(d => EnumMapping.FromDomain(d), d => d.Name());

    private static readonly Dictionary<P.CheckKind, string> CheckNames = new() { [P.CheckKind.Routine] = "平时检查", [P.CheckKind.YearEnd] = "年终考核" };

    private static ColumnKind Kind(FigureKind kind) => kind switch
    {
        FigureKind.Count => ColumnKind.Count,
        FigureKind.Amount => ColumnKind.Amount,
        FigureKind.Percent => ColumnKind.Percent,
        FigureKind.Growth => ColumnKind.Growth,
        FigureKind.YesNo => ColumnKind.YesNo,
    };

    /// <summary>The empty workbook: every scored unit of the table listed by code and name, its poor villages to be filled in.</summary>
    public static byte[] Template(TargetTable table) =>
        Write(table.Units.Map(u => (u.Code.Value, u.Name, (P.UnitFigures?)null)).ToList(), "");

    /// <summary>An evaluation's submissions: the self-evaluations as 单位指标 and 贫困村, the sources as 部门数据 and 检查发现.</summary>
    public static byte[] Write(P.EvaluateRequest request, Func<string, string> unitName)
    {
        var units = request.Submissions.Select(s => (s.SelfEvaluation.UnitCode, unitName(s.SelfEvaluation.UnitCode), (P.UnitFigures?)s.SelfEvaluation)).ToList();
        return Write(units, request.RuleSetId, writer =>
        {
            writer.Sheet(DepartmentsSheet, DepartmentColumns, request.Submissions.SelectMany(s => s.Departments.SelectMany(d => d.Figures.Select(v =>
                (IReadOnlyList<object?>)[s.SelfEvaluation.UnitCode, DepartmentNames.GetValueOrDefault(d.Department, ""), FigureHeader(v.Figure), v.Figure.Village?.Name, Shown(v.Figure, v.Value)]))), frozenColumns: 1);
            writer.Sheet(FindingsSheet, FindingColumns, request.Submissions.SelectMany(s => s.Findings.Select(f =>
                (IReadOnlyList<object?>)[s.SelfEvaluation.UnitCode, FigureHeader(f.Figure), f.Figure.Village?.Name, Shown(f.Figure, f.Value),
                    CheckNames.GetValueOrDefault(f.Check, ""), f.Date, f.Note])), frozenColumns: 1);
        });
    }

    private static string FigureHeader(P.FigureRef f) => f.FigureCase == P.FigureRef.FigureOneofCase.Village
        ? f.Village.Field == P.VillageField.ResidentTeam ? ResidentTeam : Investment
        : FigureFields.All.Find(d => EnumMapping.FromDomain(d.Field) == f.Field).Map(Header).IfNone("");

    private static bool IsYesNo(P.FigureRef f) => f.FigureCase == P.FigureRef.FigureOneofCase.Village
        ? f.Village.Field == P.VillageField.ResidentTeam
        : FigureFields.All.Find(d => EnumMapping.FromDomain(d.Field) == f.Field).Map(d => d.Kind == FigureKind.YesNo).IfNone(false);

    private static object? Shown(P.FigureRef f, string value) => IsYesNo(f) ? (value == "1" ? "是" : value == "0" ? "否" : value) : Number(value);

    /// <summary>A request's figures as a filled workbook.</summary>
    public static byte[] Write(P.AssessRequest request, Func<string, string> unitName) =>
        Write(request.Units.Select(u => (u.UnitCode, unitName(u.UnitCode), (P.UnitFigures?)u)).ToList(), request.RuleSetId);

    private static byte[] Write(IReadOnlyList<(string Code, string Name, P.UnitFigures? Figures)> units, string ruleSetId, Action<SheetWriter>? sources = null)
    {
        using var writer = new SheetWriter();
        // The code columns: a code from the unit list (单位指标's own codes, as listed; the other sheets from 单位指标's column A).
        var codes = string.Join(",", units.Select(u => u.Code));
        var listed = $"'{UnitsSheet}'!$A$2:$A${units.Count + 1}";
        const string notListed = "单位代码应从考核单位名单中选择(见单位指标表的单位代码列)";
        Column Codes(Column c, string choices) => units.Count == 0 ? c : c with { Choices = choices, ChoiceError = notListed, Prompt = "从下拉名单中选择单位代码" };
        var unitColumns = UnitColumns.Select((c, i) => i == 0 && codes.Length + 2 <= 255 ? Codes(c, $"\"{codes}\"") : c).ToList();
        var villageColumns = VillageColumns.Select((c, i) => i == 0 ? Codes(c, listed) : c).ToList();
        writer.Sheet(UnitsSheet, unitColumns, units.Select(u => (IReadOnlyList<object?>)new object?[] { u.Code, u.Name }
            .Concat(FigureFields.All.Map(d => u.Figures is null ? null : Get(u.Figures, d))).ToList()), frozenColumns: 2);
        writer.Sheet(VillagesSheet, villageColumns, units.Where(u => u.Figures?.VillageAssistance is not null)
            .SelectMany(u => u.Figures!.VillageAssistance.Villages.Select(v => (IReadOnlyList<object?>)new object?[]
            {
                u.Code, v.Name, v.HasResidentTeam ? (v.ResidentTeam ? "是" : "否") : null, Number(v.ProjectInvestmentWan),
            })), frozenColumns: 2);
        sources?.Invoke(writer);
        writer.Sheet(NotesSheet, [new("工作表", ColumnKind.Text, 12, Wrap: true), new("列", ColumnKind.Text, 26, Wrap: true), new("怎么填", ColumnKind.Text, 62, Wrap: true),
            new("计入", ColumnKind.Text, 30, Wrap: true)], Notes(ruleSetId), use: SheetUse.Result, title: "填表说明");
        return writer.ToArray();
    }

    /// <summary>
    /// The 说明 sheet: for each column of each sheet, how to fill it and the clause of Attachment 1 it feeds, in the clerk's
    /// words (no field names of the API). Its first row keeps 规则集 in A and the rule set's id in B: the reader reads it there.
    /// </summary>
    private static IEnumerable<IReadOnlyList<object?>> Notes(string ruleSetId)
    {
        yield return [RuleSetLabel, ruleSetId.Length == 0 ? "hengyang-2015" : ruleSetId, "评分所依据的考核办法(2015年衡阳市精准扶贫工作考核办法),请勿改动。", ""];
        yield return [UnitsSheet, UnitCode, "本单位的行政区划代码,6位数字,如衡山县 430423。名单已按考核对象填好,只能从名单中选,请勿改动或增删。", ""];
        yield return [UnitsSheet, UnitName, "与代码对应的县(市、区)名称,已填好,请勿改动。", ""];
        foreach (var d in FigureFields.All)
            yield return [UnitsSheet, Header(d), HowToFill(d), Feeds(d)];
        yield return [VillagesSheet, UnitCode, "贫困村所属单位的代码,与单位指标表一致,从名单中选。每个贫困村填一行。", Feeds(FigureFields.All.Find(d => d.Field == FigureField.FundsDeliveredWan).Head())];
        yield return [VillagesSheet, Village, "贫困村的名称,如白果村。", "附件1-六 落实干部驻村帮扶"];
        yield return [VillagesSheet, ResidentTeam, "本村是否落实干部驻村帮扶,填“是”或“否”。", "附件1-六 落实干部驻村帮扶"];
        yield return [VillagesSheet, Investment, "本年度投入本村的扶贫项目资金,单位万元,可有小数,如 35.5;没有的填 0。", "附件1-六 贫困村年度扶贫项目投入"];
        yield return [$"{DepartmentsSheet}(综合评定时)", $"{Department}、{Figure}、{Value}",
            $"部门提供的数据,每项一行:{Department}填{string.Join("、", Core.Attachment1.Departments.All.Map(d => d.Name()))}之一;{Figure}照抄单位指标表的列名(村的数据另填{Village});{Value}的填法同单位指标表。", "该列名所计入的条款"];
        yield return [$"{FindingsSheet}(综合评定时)", $"{Check}、{Date}、{Note}",
            $"平时检查、年终考核发现的数据,每项一行:{Check}填平时检查或年终考核,{Date}如 2015-12-18,{Note}写明发现的情况。", "该列名所计入的条款"];
        yield return ["", "", "单元格空着不算 0:每一格都要填写。填写时选中单元格可看到提示;填错时表格会提醒。", ""];
    }

    // ---------- reading ----------

    /// <summary>Whether the workbook holds an evaluation's sources (sheet 部门数据 or 检查发现).</summary>
    public static bool HasSources(byte[] bytes) =>
        SheetReader.Open(bytes).Match(file => { using (file) return file.Has(DepartmentsSheet) || file.Has(FindingsSheet); }, _ => false);

    /// <summary>The figures a workbook holds as the AssessRequest they make; its problems (at most 100 and a count) otherwise.</summary>
    public static Either<Seq<Problem>, FiguresRead> Read(byte[] bytes, UnitNames? names = null) =>
        SheetReader.Open(bytes).MapLeft(Seq1).Bind(file =>
        {
            using (file)
            {
                var problems = new ProblemList();
                var warnings = new ProblemList();
                var read = Read(file, names ?? UnitNames.Embedded, problems, warnings);
                return problems.Any ? Left<Seq<Problem>, FiguresRead>(WithChecks(read, problems)) : Right<Seq<Problem>, FiguresRead>(read);
            }
        });

    /// <summary>An evaluation workbook as the EvaluateRequest it holds: 单位指标 and 贫困村 the self-evaluations, 部门数据 and 检查发现 the sources.</summary>
    public static Either<Seq<Problem>, (P.EvaluateRequest Request, IReadOnlyDictionary<string, string> Locations, Seq<Problem> Warnings)> ReadEvaluation(byte[] bytes, UnitNames? names = null) =>
        SheetReader.Open(bytes).MapLeft(Seq1).Bind(file =>
        {
            using (file)
            {
                var problems = new ProblemList();
                var warnings = new ProblemList();
                var figures = Read(file, names ?? UnitNames.Embedded, problems, warnings);
                var sources = Sources(file, figures, problems, warnings);
                return problems.Any
                    ? Left<Seq<Problem>, (P.EvaluateRequest, IReadOnlyDictionary<string, string>, Seq<Problem>)>(WithChecks(figures, problems).Map(AsSubmission).Strict())
                    : Right<Seq<Problem>, (P.EvaluateRequest, IReadOnlyDictionary<string, string>, Seq<Problem>)>((sources.Request, sources.Locations, warnings.ToSeq().Map(AsSubmission).Strict()));
            }
        });

    /// <summary>A unit's problem as its submission's: the unit's figures are the submission's self-evaluation.</summary>
    private static Problem AsSubmission(Problem p) => p.AtPlace(new Place(p.At.Steps.Bind(s => s is Step.UnitEntry u
        ? Seq<Step>(new Step.Submission(u.Index, u.Code), Step.SelfEvaluation.Instance)
        : Seq1(s)).Strict()));

    /// <summary>
    /// A refused workbook's problems with those the checks of its request find in the cells that did read (a negative
    /// figure, say), so the clerk is told every mistake at once, each at its cell, in sheet, row and column order, at most
    /// <see cref="ProblemList.Max"/> and a count. A cell that did not read (or was blank) is told once: what the checks say
    /// of the field it left out ("required") or of the cell itself is not told again.
    /// </summary>
    private static Seq<Problem> WithChecks(FiguresRead read, ProblemList reading)
    {
        if (!read.UnitsListed || read.Request.Units.Count == 0) return reading.ToSeq();
        var codes = read.Request.Units.Select(u => u.UnitCode).ToList();
        var unread = reading.Kept.Choose(CellOf).ToHashSet();
        // The rows kept (those read while the problems were under the bound) come first; past them only codes were kept.
        var kept = read.Request.Units.TakeWhile((_, i) => read.Locations.ContainsKey($"units[{i}]")).ToList();
        var checks = Valid.Each(i => new Step.UnitEntry(i, UnitCodeOf(kept[i].UnitCode)), kept, FiguresMapping.ToDomain)
            .Match(_ => Seq<Problem>(), ps => ps)
            .Filter(p => p.Reason is not ValueReason.Required)
            .Map(p => Locations.InWorkbook(read.Locations, p, codes))
            .Filter(p => CellOf(p).Match(c => !unread.Contains(c), false))
            .Strict();
        if (checks.IsEmpty) return reading.ToSeq();
        var merged = reading.Kept.Concat(checks).OrderBy(Order).ToList();
        var total = reading.Total + checks.Count;
        var shown = toSeq(merged.Take(ProblemList.Max).ToArray());
        return total > shown.Count
            ? shown.Add(new Problem(new WorkbookReason.MoreProblems(total - shown.Count, total), Place.Of(new Step.Workbook(""))))
            : shown;
    }

    private static Option<Step.Cell> CellOf(Problem p) => p.At.Steps.Find(s => s is Step.Cell).Map(s => (Step.Cell)s);

    /// <summary>A problem's place in the workbook as read: its sheet (units, villages, the sources), row, column; one of the whole file first.</summary>
    private static (int Sheet, uint Row, int Column) Order(Problem p) => CellOf(p).Match(c =>
    {
        var sheet = c.Sheet switch { UnitsSheet => 0, VillagesSheet => 1, DepartmentsSheet => 2, FindingsSheet => 3, _ => 4 };
        var letters = new string(c.Reference.TakeWhile(char.IsAsciiLetter).ToArray());
        var digits = new string(c.Reference.Skip(letters.Length).TakeWhile(char.IsAsciiDigit).ToArray());
        return (sheet, uint.TryParse(digits, out var row) ? row : 0u, letters.Length == 0 ? 0 : SheetReader.Column(letters));
    }, (-1, 0u, 0));

    private static Place At(string sheet, string reference, params Step[] steps) => Place.Of(new Step.Cell(sheet, reference)).Then(steps);

    private static (P.EvaluateRequest Request, IReadOnlyDictionary<string, string> Locations) Sources(WorkbookFile file, FiguresRead figures, ProblemList problems, ProblemList warnings)
    {
        var request = new P.EvaluateRequest { RuleSetId = figures.Request.RuleSetId };
        var locations = figures.Locations.ToDictionary(
            l => l.Key.StartsWith("units[", StringComparison.Ordinal) ? "submissions" + l.Key[5..(l.Key.IndexOf(']') + 1)] + ".self_evaluation" + l.Key[(l.Key.IndexOf(']') + 1)..] : l.Key,
            l => l.Value, StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in figures.Request.Units)
        {
            index.TryAdd(unit.UnitCode, request.Submissions.Count);
            request.Submissions.Add(new P.UnitSubmission { SelfEvaluation = unit });
        }
        if (file.Has(DepartmentsSheet))
        {
            var sheet = file.Sheet(DepartmentsSheet);
            using var rows = sheet.Rows.GetEnumerator();
            var headers = Headers(sheet, rows, DepartmentColumns, problems, warnings);
            while (headers is not null && figures.UnitsListed && rows.MoveNext())
            {
                var (row, cells) = rows.Current;
                if (!Owner(DepartmentsSheet, row, cells, headers, index, request, problems, out var i)) continue;
                var submission = request.Submissions[i];
                var owner = new Step.Submission(i, UnitCodeOf(submission.SelfEvaluation.UnitCode));
                var departmentCell = Cell(cells, headers, Department);
                var department = DepartmentNames.FirstOrDefault(d => d.Value == (departmentCell is null ? null : CellReading.Normalise(departmentCell.Text))).Key;
                if (department == P.Department.Unspecified)
                {
                    problems.Add(new WorkbookReason.UnknownChoice(departmentCell?.Text ?? "", string.Join("、", DepartmentNames.Values)), At(DepartmentsSheet, departmentCell?.Reference ?? $"B{row}", owner, new Step.ClaimPart(ClaimItem.Department)));
                    continue;
                }
                var group = submission.Departments.FirstOrDefault(d => d.Department == department);
                if (group is null) { group = new P.DepartmentFigures { Department = department }; submission.Departments.Add(group); }
                var prefix = $"submissions[{i}].departments[{submission.Departments.IndexOf(group)}]";
                locations[$"{prefix}.department"] = $"{DepartmentsSheet}!{departmentCell!.Reference}";
                var at = $"{prefix}.figures[{group.Figures.Count}]";
                if (FigureValue(DepartmentsSheet, row, cells, headers, at, owner, locations, problems, warnings) is { } value) group.Figures.Add(value);
            }
            if (headers is not null && figures.UnitsListed) CellReading.RefuseMerged(sheet, problems);
        }
        if (file.Has(FindingsSheet))
        {
            var sheet = file.Sheet(FindingsSheet);
            using var rows = sheet.Rows.GetEnumerator();
            var headers = Headers(sheet, rows, FindingColumns, problems, warnings);
            while (headers is not null && figures.UnitsListed && rows.MoveNext())
            {
                var (row, cells) = rows.Current;
                if (!Owner(FindingsSheet, row, cells, headers, index, request, problems, out var i)) continue;
                var submission = request.Submissions[i];
                var owner = new Step.Submission(i, UnitCodeOf(submission.SelfEvaluation.UnitCode));
                var at = $"submissions[{i}].findings[{submission.Findings.Count}]";
                if (FigureValue(FindingsSheet, row, cells, headers, at, owner, locations, problems, warnings) is not { } value) continue;
                var finding = new P.Finding { Figure = value.Figure, Value = value.Value };
                var check = Cell(cells, headers, Check);
                finding.Check = CheckNames.FirstOrDefault(c => c.Value == (check is null ? null : CellReading.Normalise(check.Text))).Key;
                if (check is not null) locations[$"{at}.check"] = $"{FindingsSheet}!{check.Reference}";
                if (Cell(cells, headers, Date) is { } date)
                {
                    locations[$"{at}.date"] = $"{FindingsSheet}!{date.Reference}";
                    // A date typed into a spreadsheet is stored as a day number from 1899-12-30.
                    finding.Date = date.IsNumber && double.TryParse(date.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466
                        ? DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.Text;
                }
                if (Cell(cells, headers, Note) is { } note) { finding.Note = note.Text; locations[$"{at}.note"] = $"{FindingsSheet}!{note.Reference}"; }
                submission.Findings.Add(finding);
            }
            if (headers is not null) CellReading.RefuseMerged(sheet, problems);
        }
        if (file.Failure is { } failure) problems.Add(failure);
        return (request, locations);
    }

    private static Core.Units.UnitCode? UnitCodeOf(string text) =>
        Core.Units.UnitCode.Create(Step.UnitCodeOf.Instance, text).MatchUnsafe(c => (Core.Units.UnitCode?)c, _ => null); // Match refuses a null result (ResultIsNullException: a 500 for any bad code)

    private static CellText? Cell(IReadOnlyDictionary<int, CellText> cells, Dictionary<string, int> headers, string header) =>
        headers.TryGetValue(header, out var column) && cells.TryGetValue(column, out var cell) ? cell : null;

    private static bool Owner(string sheet, uint row, IReadOnlyDictionary<int, CellText> cells, Dictionary<string, int> headers, Dictionary<string, int> index,
        P.EvaluateRequest request, ProblemList problems, out int submission)
    {
        var code = Cell(cells, headers, UnitCode);
        if (code is not null && index.TryGetValue(CellReading.Normalise(code.Text), out submission)) return true;
        if (code is null) problems.Add(new WorkbookReason.NoUnitCode(), At(sheet, $"A{row}"));
        else problems.Add(new WorkbookReason.UnitNotListed(code.Text), At(sheet, code.Reference));
        submission = -1;
        return false;
    }

    /// <summary>The figure a source row names (by its column header on 单位指标, a village's by its name too) and the value it gives.</summary>
    private static P.FigureValue? FigureValue(string sheet, uint row, IReadOnlyDictionary<int, CellText> cells, Dictionary<string, int> headers, string at, Step owner,
        Dictionary<string, string> locations, ProblemList problems, ProblemList warnings)
    {
        locations[at] = $"{sheet}!A{row}";
        var figureCell = Cell(cells, headers, Figure);
        var valueCell = Cell(cells, headers, Value);
        var villageCell = Cell(cells, headers, Village);
        var figureText = figureCell is null ? null : CellReading.Normalise(figureCell.Text);
        P.FigureRef? figure = null;
        FigureFieldDef? def = null;
        if (figureText is ResidentTeam or Investment)
        {
            figure = new P.FigureRef { Village = new P.VillageFigureRef { Name = villageCell?.Text ?? "", Field = figureText == ResidentTeam ? P.VillageField.ResidentTeam : P.VillageField.ProjectInvestmentWan } };
            locations[$"{at}.figure.village.name"] = $"{sheet}!{villageCell?.Reference ?? figureCell!.Reference}";
        }
        else if (FigureFields.All.Find(d => Header(d) == figureText).Case is FigureFieldDef found)
        {
            def = found;
            figure = new P.FigureRef { Field = EnumMapping.FromDomain(found.Field) };
        }
        if (figureCell is not null) locations[$"{at}.figure"] = $"{sheet}!{figureCell.Reference}";
        if (figure is null)
        {
            problems.Add(new WorkbookReason.UnknownFigure(figureCell?.Text ?? ""), At(sheet, figureCell?.Reference ?? $"C{row}", owner, new Step.ClaimPart(ClaimItem.Figure)));
            return null;
        }
        if (valueCell is not null) locations[$"{at}.value"] = $"{sheet}!{valueCell.Reference}";
        var place = At(sheet, valueCell?.Reference ?? $"E{row}", owner, new Step.ClaimPart(ClaimItem.Value));
        var measure = def?.Kind switch { FigureKind.Percent => CellReading.Measure.Percent, FigureKind.Growth => CellReading.Measure.Growth, _ => CellReading.Measure.Plain };
        var text = valueCell is null ? ""
            : IsYesNo(figure) ? CellReading.Normalise(valueCell.Text) switch { "是" => "1", "否" => "0", var other => other }
            : CellReading.Number(valueCell, place, measure, problems, warnings).Map(DecimalParsing.Format).IfNone("");
        return new P.FigureValue { Figure = figure, Value = text };
    }

    private static FiguresRead Read(WorkbookFile file, UnitNames names, ProblemList problems, ProblemList warnings)
    {
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        var request = new P.AssessRequest();
        foreach (var name in new[] { UnitsSheet, VillagesSheet })
            if (!file.Has(name))
                problems.Add(new WorkbookReason.SheetMissing(name, string.Join("、", file.SheetNames)), Place.Of(new Step.Workbook("")));
        if (file.Failure is { } broken) problems.Add(broken);
        if (problems.Any) return new FiguresRead(request, locations, Seq<Problem>()) { UnitsListed = false };

        if (file.Has(NotesSheet))
            foreach (var (_, cells) in file.Sheet(NotesSheet).Rows.Take(1000))
                if (cells.TryGetValue(0, out var key) && key.Text == RuleSetLabel && cells.TryGetValue(1, out var id))
                    request.RuleSetId = id.Text;

        var byCode = new Dictionary<string, (P.UnitFigures Unit, int Index, uint Row, Core.Units.UnitCode? Code)>(StringComparer.Ordinal);
        var units = file.Sheet(UnitsSheet);
        // Whether 单位指标 gave its units: a header on the wrong row, or no 单位代码 column, and every row of 贫困村 would
        // only repeat it (its unit "not listed"), so those rows are not read.
        var unitsListed = false;
        using (var rows = units.Rows.GetEnumerator())
        {
            var headers = Headers(units, rows, UnitColumns, problems, warnings);
            unitsListed = headers is not null && headers.ContainsKey(UnitCode);
            // The figures whose column is there (a missing column is the one problem), with their column.
            var figureColumns = headers is null ? [] : FigureHeaders.Where(f => headers.ContainsKey(f.Header)).Select(f => (f.Def, Column: headers[f.Header])).ToArray();
            while (headers is not null && rows.MoveNext())
            {
                var (row, cells) = rows.Current;
                // A file with a problem is refused, but its rows are kept while the problems are under the bound: the
                // checks of the request then run on the cells that did read, so every mistake is told at once (at most
                // 100 and a count). Past the bound nothing of a row is kept, and no problem's place is even built.
                var keep = !problems.Full;
                var index = request.Units.Count;
                var unit = new P.UnitFigures();
                var codeCell = Cell(cells, headers, UnitCode);
                unit.UnitCode = codeCell is null ? "" : CellReading.Normalise(codeCell.Text);
                var code = UnitCodeOf(unit.UnitCode);
                var entry = new Step.UnitEntry(index, code);
                var prefix = keep ? $"units[{index}]" : "";
                if (keep) locations[prefix] = $"{UnitsSheet}!A{row}";
                if (codeCell is null)
                {
                    // Without a 单位代码 column its header is the one problem, not each row's.
                    if (unitsListed) problems.Add(new WorkbookReason.NoUnitCode(), problems.Full ? ProblemList.Counted : At(UnitsSheet, SheetWriter.Reference(headers[UnitCode], row), entry, Step.UnitCodeOf.Instance));
                }
                else if (keep) locations[$"{prefix}.unit_code"] = $"{UnitsSheet}!{codeCell.Reference}";
                if (codeCell is not null && byCode.TryGetValue(unit.UnitCode, out var first))
                    problems.Add(new WorkbookReason.UnitListedTwice(code is { } c ? c.Value : unit.UnitCode, (int)first.Row), problems.Full ? ProblemList.Counted : At(UnitsSheet, codeCell.Reference, entry, Step.UnitCodeOf.Instance));
                if (code is { } known && Cell(cells, headers, UnitName) is { } nameCell && names.Find(known) is { } expected && CellReading.Normalise(nameCell.Text) != expected)
                    problems.Add(new WorkbookReason.NameDoesNotMatch(known, nameCell.Text), problems.Full ? ProblemList.Counted : At(UnitsSheet, nameCell.Reference, entry));
                foreach (var (d, column) in figureColumns)
                {
                    var found = cells.TryGetValue(column, out var cell);
                    if (!keep && problems.Full)
                    {
                        // Counted only: the cell's problem, if it has one, at no place.
                        if (!found) problems.Add(d.Kind == FigureKind.YesNo ? new WorkbookReason.BlankYesNo() : new WorkbookReason.Blank(), ProblemList.Counted);
                        else CheckOnly(d, cell!, ProblemList.Counted, problems);
                        continue;
                    }
                    var reference = SheetWriter.Reference(column, row);
                    if (keep) locations[$"{prefix}.{d.Path}"] = $"{UnitsSheet}!{reference}";
                    var at = At(UnitsSheet, reference, entry, new Step.FigureOf(d.Field));
                    // Every cell that decides a grade is required: a blank is never read as 0 or 否.
                    if (!found) { problems.Add(d.Kind == FigureKind.YesNo ? new WorkbookReason.BlankYesNo() : new WorkbookReason.Blank(), at); continue; }
                    if (keep)
                    {
                        var (message, field) = Field(unit, d);
                        Set(message, field, d, cell!, at, problems, warnings);
                    }
                    else CheckOnly(d, cell!, at, problems);
                }
                if (keep) unit.VillageAssistance ??= new P.VillageAssistanceFigures();
                // A refused file keeps of its units only what later sheets look them up by: the code.
                byCode.TryAdd(unit.UnitCode, (unit, index, row, code));
                request.Units.Add(unit);
            }
            if (headers is not null) CellReading.RefuseMerged(units, problems);
        }

        var villages = file.Sheet(VillagesSheet);
        using (var rows = villages.Rows.GetEnumerator())
        {
            var headers = Headers(villages, rows, VillageColumns, problems, warnings);
            while (headers is not null && unitsListed && rows.MoveNext())
            {
                var (row, cells) = rows.Current;
                var keep = !problems.Full;
                var codeCell = Cell(cells, headers, UnitCode);
                if (codeCell is null)
                {
                    if (headers.TryGetValue(UnitCode, out var codeColumn))
                        problems.Add(new WorkbookReason.NoUnitCode(), problems.Full ? ProblemList.Counted : At(VillagesSheet, SheetWriter.Reference(codeColumn, row)));
                    continue;
                }
                if (!byCode.TryGetValue(CellReading.Normalise(codeCell.Text), out var owner))
                {
                    problems.Add(new WorkbookReason.UnitNotListed(codeCell.Text), problems.Full ? ProblemList.Counted : At(VillagesSheet, codeCell.Reference));
                    continue;
                }
                // Past the bound (!keep) the row's cells are checked, nothing of them kept.
                var village = new P.VillageFigures();
                var villageIndex = keep ? owner.Unit.VillageAssistance.Villages.Count : 0;
                var prefix = keep ? $"units[{owner.Index}].village_assistance.villages[{villageIndex}]" : "";
                if (keep) locations[prefix] = $"{VillagesSheet}!A{row}";
                var name = Cell(cells, headers, Village);
                if (name is not null && keep)
                {
                    village.Name = name.Text;
                    locations[$"{prefix}.name"] = $"{VillagesSheet}!{name.Reference}";
                }
                var entry = new Step.UnitEntry(owner.Index, owner.Code);
                var step = new Step.Village(villageIndex, name?.Text);
                if (headers.TryGetValue(ResidentTeam, out var teamColumn))
                {
                    var reference = SheetWriter.Reference(teamColumn, row);
                    if (keep) locations[$"{prefix}.resident_team"] = $"{VillagesSheet}!{reference}";
                    var at = problems.Full ? ProblemList.Counted : At(VillagesSheet, reference, entry, step, new Step.VillagePart(VillageItem.ResidentTeam));
                    if (cells.TryGetValue(teamColumn, out var team)) YesNo(team, at, problems, keep ? warnings : null).IfSome(b => village.ResidentTeam = b);
                    else problems.Add(new WorkbookReason.BlankYesNo(), at);
                }
                if (headers.TryGetValue(Investment, out var investmentColumn))
                {
                    var reference = SheetWriter.Reference(investmentColumn, row);
                    if (keep) locations[$"{prefix}.project_investment_wan"] = $"{VillagesSheet}!{reference}";
                    var at = problems.Full ? ProblemList.Counted : At(VillagesSheet, reference, entry, step, new Step.VillagePart(VillageItem.ProjectInvestmentWan));
                    if (cells.TryGetValue(investmentColumn, out var investment))
                        CellReading.Number(investment, at, CellReading.Measure.Plain, problems, keep ? warnings : null).IfSome(d => village.ProjectInvestmentWan = DecimalParsing.Format(d));
                    else problems.Add(new WorkbookReason.Blank(), at);
                }
                if (keep) owner.Unit.VillageAssistance.Villages.Add(village);
            }
            if (headers is not null && unitsListed) CellReading.RefuseMerged(villages, problems);
        }
        if (file.Failure is { } failure) problems.Add(failure);
        return new FiguresRead(request, locations, warnings.ToSeq()) { UnitsListed = unitsListed };
    }

    /// <summary>Header text → column; every column is required but the unit's name.</summary>
    private static Dictionary<string, int>? Headers(SheetStream sheet, IEnumerator<(uint Row, IReadOnlyDictionary<int, CellText> Cells)> rows, IReadOnlyList<Column> expected, ProblemList problems, ProblemList warnings) =>
        CellReading.Headers(sheet, rows, expected.Select(c => c.Header).ToList(), h => h != UnitName, problems, warnings);

    private static void Set(IMessage message, FieldDescriptor field, FigureFieldDef d, CellText cell, Place at, ProblemList problems, ProblemList warnings)
    {
        switch (d.Kind)
        {
            case FigureKind.YesNo:
                YesNo(cell, at, problems, warnings).IfSome(b => field.Accessor.SetValue(message, b));
                break;
            case FigureKind.Count:
                CellReading.WholeNumber(cell, at, problems, warnings).IfSome(n => field.Accessor.SetValue(message, n));
                break;
            case FigureKind.Amount:
                CellReading.Number(cell, at, CellReading.Measure.Plain, problems, warnings).IfSome(v => field.Accessor.SetValue(message, DecimalParsing.Format(v)));
                break;
            case FigureKind.Percent or FigureKind.Growth:
                CellReading.Number(cell, at, d.Kind == FigureKind.Percent ? CellReading.Measure.Percent : CellReading.Measure.Growth, problems, warnings).IfSome(v => field.Accessor.SetValue(message, DecimalParsing.Format(v)));
                break;
        }
        if (cell.HasFormula && !cell.NotCalculated) warnings.Add(new WorkbookReason.FormulaCachedValue(cell.Text), at);
    }

    /// <summary>A cell of a refused file checked for its problem only: nothing is kept of its value, no warning.</summary>
    private static void CheckOnly(FigureFieldDef d, CellText cell, Place at, ProblemList problems)
    {
        switch (d.Kind)
        {
            case FigureKind.YesNo: YesNo(cell, at, problems, null); break;
            case FigureKind.Count: CellReading.WholeNumber(cell, at, problems, null); break;
            case FigureKind.Amount: CellReading.Number(cell, at, CellReading.Measure.Plain, problems, null); break;
            case FigureKind.Percent: CellReading.Number(cell, at, CellReading.Measure.Percent, problems, null); break;
            case FigureKind.Growth: CellReading.Number(cell, at, CellReading.Measure.Growth, problems, null); break;
        }
    }

    private static Option<bool> YesNo(CellText cell, Place at, ProblemList problems, ProblemList? warnings)
    {
        if (cell.NotCalculated) { problems.Add(new WorkbookReason.FormulaNotCalculated(), at); return None; }
        switch (CellReading.Normalise(cell.Text))
        {
            case "是": return true;
            case "否": return false;
            default:
                problems.Add(new WorkbookReason.NotYesNo(cell.Text), at);
                return None;
        }
    }

    private static object? Get(P.UnitFigures unit, FigureFieldDef d)
    {
        var (message, field) = Field(unit, d);
        if (field.HasPresence && !field.Accessor.HasValue(message)) return null;
        var value = field.Accessor.GetValue(message);
        return d.Kind switch
        {
            FigureKind.YesNo => (bool)value ? "是" : "否",
            FigureKind.Count => (int)value,
            FigureKind.Amount or FigureKind.Percent or FigureKind.Growth => Number((string)value),
        };
    }

    /// <summary>A decimal string as a number cell when it is one; as text otherwise, so nothing is lost.</summary>
    private static object? Number(string text) =>
        text.Length == 0 ? null : DecimalParsing.TryParse(text, out var d) ? d : text;

    /// <summary>The wire message and field that hold a figure, found by its path in the descriptors (sub-messages created on the way).</summary>
    private static (IMessage Message, FieldDescriptor Field) Field(P.UnitFigures unit, FigureFieldDef d)
    {
        IMessage message = unit;
        var parts = d.Path.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var sub = message.Descriptor.FindFieldByName(parts[i]);
            if (sub.Accessor.GetValue(message) is not IMessage child)
            {
                child = (IMessage)Activator.CreateInstance(sub.MessageType.ClrType)!;
                sub.Accessor.SetValue(message, child);
            }
            message = child;
        }
        return (message, message.Descriptor.FindFieldByName(parts[^1]));
    }

}
