using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using LanguageExt;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Files.Workbooks;

/// <summary>A figures workbook read back: the request it holds, where each field came from (<c>单位指标!F7</c>), and warnings.</summary>
public sealed record FiguresRead(P.AssessRequest Request, IReadOnlyDictionary<string, string> Locations, Seq<WorkbookProblem> Warnings);

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

    private static readonly IReadOnlyList<Column> UnitColumns =
        new[] { new Column(UnitCode, ColumnKind.Text, 10), new Column(UnitName, ColumnKind.Text, 14) }
            .Concat(FigureFields.All.Map(d => new Column(Header(d), Kind(d.Kind), Math.Max(12, Header(d).Length * 2.2)))).ToList();

    private static readonly IReadOnlyList<Column> VillageColumns =
        [new(UnitCode, ColumnKind.Text, 10), new(Village, ColumnKind.Text, 16), new(ResidentTeam, ColumnKind.YesNo, 18), new(Investment, ColumnKind.Amount, 18)];

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
        writer.Sheet(UnitsSheet, UnitColumns, units.Select(u => (IReadOnlyList<object?>)new object?[] { u.Code, u.Name }
            .Concat(FigureFields.All.Map(d => u.Figures is null ? null : Get(u.Figures, d))).ToList()), frozenColumns: 2);
        writer.Sheet(VillagesSheet, VillageColumns, units.Where(u => u.Figures?.VillageAssistance is not null)
            .SelectMany(u => u.Figures!.VillageAssistance.Villages.Select(v => (IReadOnlyList<object?>)new object?[]
            {
                u.Code, v.Name, v.HasResidentTeam ? (v.ResidentTeam ? "是" : "否") : null, Number(v.ProjectInvestmentWan),
            })), frozenColumns: 2);
        sources?.Invoke(writer);
        writer.Sheet(NotesSheet, [new("列", ColumnKind.Text, 30), new("含义", ColumnKind.Text, 60), new("条款", ColumnKind.Text, 12)], Notes(ruleSetId));
        return writer.ToArray();
    }

    private static IEnumerable<IReadOnlyList<object?>> Notes(string ruleSetId)
    {
        yield return [RuleSetLabel, ruleSetId.Length == 0 ? "hengyang-2015" : ruleSetId, ""];
        yield return [$"{UnitsSheet}:{UnitCode}", "GB/T 2260 行政区划代码,如 430423", ""];
        foreach (var d in FigureFields.All)
            yield return [$"{UnitsSheet}:{Header(d)}", $"{Words.Labels.Figure(d.Field)}。{(d.Kind == FigureKind.YesNo ? "填“是”或“否”。" : "填数字。")}接口字段 {d.Path}", d.Indicator.Match(i => i.ClauseId(), "取消排序资格")];
        yield return [$"{VillagesSheet}:{Village}", "贫困村名称,每个贫困村一行,单位代码与单位指标表一致", "附件1-六"];
        yield return [$"{VillagesSheet}:{ResidentTeam}", "是否落实干部驻村帮扶", "附件1-六"];
        yield return [$"{VillagesSheet}:{Investment}", "本年度扶贫项目投入", "附件1-六"];
        yield return [$"{DepartmentsSheet}(综合评定时)", $"部门提供的数据:{Department}填{string.Join("、", Core.Attachment1.Departments.All.Map(d => d.Name()))}之一;{Figure}填单位指标表的列名(村的指标另填{Village})", ""];
        yield return [$"{FindingsSheet}(综合评定时)", $"平时检查、年终考核发现的数据:{Check}填平时检查或年终考核,{Date}如2015-12-18,{Note}写明发现的情况", ""];
    }

    // ---------- reading ----------

    /// <summary>Whether the workbook holds an evaluation's sources (sheet 部门数据 or 检查发现).</summary>
    public static bool HasSources(byte[] bytes) =>
        SheetReader.Read(bytes).Match(s => s.ContainsKey(DepartmentsSheet) || s.ContainsKey(FindingsSheet), _ => false);

    /// <summary>An evaluation workbook as the EvaluateRequest it holds: 单位指标 and 贫困村 the self-evaluations, 部门数据 and 检查发现 the sources.</summary>
    public static Either<Seq<WorkbookProblem>, (P.EvaluateRequest Request, IReadOnlyDictionary<string, string> Locations, Seq<WorkbookProblem> Warnings)> ReadEvaluation(byte[] bytes) =>
        SheetReader.Read(bytes).MapLeft(Seq1).Bind(sheets => Read(sheets).Bind(figures => Sources(sheets, figures)));

    private static Either<Seq<WorkbookProblem>, (P.EvaluateRequest, IReadOnlyDictionary<string, string>, Seq<WorkbookProblem>)> Sources(
        IReadOnlyDictionary<string, SheetCells> sheets, FiguresRead figures)
    {
        var problems = new List<WorkbookProblem>();
        var warnings = new List<WorkbookProblem>();
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
        if (sheets.TryGetValue(DepartmentsSheet, out var departments))
        {
            var headers = Headers(departments, DepartmentColumns, problems);
            foreach (var (row, cells) in departments.Rows.Where(r => r.Row > 1))
            {
                if (!Owner(DepartmentsSheet, row, cells, headers, index, problems, out var i)) continue;
                var submission = request.Submissions[i];
                var departmentCell = Cell(cells, headers, Department);
                var department = DepartmentNames.FirstOrDefault(d => d.Value == departmentCell?.Text).Key;
                if (department == P.Department.Unspecified)
                {
                    problems.Add(new($"{DepartmentsSheet}!{departmentCell?.Reference ?? $"B{row}"}", $"{Department} must be one of {string.Join("、", DepartmentNames.Values)} (got '{departmentCell?.Text}')"));
                    continue;
                }
                var group = submission.Departments.FirstOrDefault(d => d.Department == department);
                if (group is null) { group = new P.DepartmentFigures { Department = department }; submission.Departments.Add(group); }
                var prefix = $"submissions[{i}].departments[{submission.Departments.IndexOf(group)}]";
                locations[$"{prefix}.department"] = $"{DepartmentsSheet}!{departmentCell!.Reference}";
                var at = $"{prefix}.figures[{group.Figures.Count}]";
                if (FigureValue(DepartmentsSheet, row, cells, headers, at, locations, problems, warnings) is { } value) group.Figures.Add(value);
            }
        }
        if (sheets.TryGetValue(FindingsSheet, out var findings))
        {
            var headers = Headers(findings, FindingColumns, problems);
            foreach (var (row, cells) in findings.Rows.Where(r => r.Row > 1))
            {
                if (!Owner(FindingsSheet, row, cells, headers, index, problems, out var i)) continue;
                var submission = request.Submissions[i];
                var at = $"submissions[{i}].findings[{submission.Findings.Count}]";
                if (FigureValue(FindingsSheet, row, cells, headers, at, locations, problems, warnings) is not { } value) continue;
                var finding = new P.Finding { Figure = value.Figure, Value = value.Value };
                var check = Cell(cells, headers, Check);
                finding.Check = CheckNames.FirstOrDefault(c => c.Value == check?.Text).Key;
                if (check is not null) locations[$"{at}.check"] = $"{FindingsSheet}!{check.Reference}";
                if (Cell(cells, headers, Date) is { } date)
                {
                    locations[$"{at}.date"] = $"{FindingsSheet}!{date.Reference}";
                    // A date typed into a spreadsheet is stored as a day number from 1899-12-30.
                    finding.Date = date.IsNumber && double.TryParse(date.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
                        ? DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.Text;
                }
                if (Cell(cells, headers, Note) is { } note) { finding.Note = note.Text; locations[$"{at}.note"] = $"{FindingsSheet}!{note.Reference}"; }
                submission.Findings.Add(finding);
            }
        }
        return problems.Count > 0 ? toSeq(problems) : (request, locations, figures.Warnings + toSeq(warnings));
    }

    private static CellText? Cell(IReadOnlyDictionary<int, CellText> cells, Dictionary<string, int> headers, string header) =>
        headers.TryGetValue(header, out var column) && cells.TryGetValue(column, out var cell) ? cell : null;

    private static bool Owner(string sheet, uint row, IReadOnlyDictionary<int, CellText> cells, Dictionary<string, int> headers, Dictionary<string, int> index, List<WorkbookProblem> problems, out int submission)
    {
        var code = Cell(cells, headers, UnitCode);
        if (code is not null && index.TryGetValue(code.Text, out submission)) return true;
        problems.Add(new($"{sheet}!{code?.Reference ?? $"A{row}"}", code is null ? "the row has no unit code" : $"unit {code.Text} is not on sheet {UnitsSheet}"));
        submission = -1;
        return false;
    }

    /// <summary>The figure a source row names (by its column header on 单位指标, a village's by its name too) and the value it gives.</summary>
    private static P.FigureValue? FigureValue(string sheet, uint row, IReadOnlyDictionary<int, CellText> cells, Dictionary<string, int> headers, string at,
        Dictionary<string, string> locations, List<WorkbookProblem> problems, List<WorkbookProblem> warnings)
    {
        locations[at] = $"{sheet}!A{row}";
        var figureCell = Cell(cells, headers, Figure);
        var valueCell = Cell(cells, headers, Value);
        var villageCell = Cell(cells, headers, Village);
        P.FigureRef? figure = null;
        if (figureCell?.Text is ResidentTeam or Investment)
        {
            figure = new P.FigureRef { Village = new P.VillageFigureRef { Name = villageCell?.Text ?? "", Field = figureCell.Text == ResidentTeam ? P.VillageField.ResidentTeam : P.VillageField.ProjectInvestmentWan } };
            locations[$"{at}.figure.village.name"] = $"{sheet}!{villageCell?.Reference ?? figureCell.Reference}";
        }
        else if (FigureFields.All.Find(d => Header(d) == figureCell?.Text).Case is FigureFieldDef def)
            figure = new P.FigureRef { Field = EnumMapping.FromDomain(def.Field) };
        if (figureCell is not null) locations[$"{at}.figure"] = $"{sheet}!{figureCell.Reference}";
        if (figure is null)
        {
            problems.Add(new($"{sheet}!{figureCell?.Reference ?? $"C{row}"}", $"{Figure} must be a column header of {UnitsSheet} ({ResidentTeam} or {Investment} for a village) (got '{figureCell?.Text}')"));
            return null;
        }
        if (valueCell is not null) locations[$"{at}.value"] = $"{sheet}!{valueCell.Reference}";
        var text = valueCell is null ? "" : IsYesNo(figure) ? valueCell.Text switch { "是" => "1", "否" => "0", var other => other } : Decimal(valueCell, $"{sheet}!{valueCell.Reference}", problems, warnings).IfNone("");
        return new P.FigureValue { Figure = figure, Value = text };
    }

    public static Either<Seq<WorkbookProblem>, FiguresRead> Read(byte[] bytes) =>
        SheetReader.Read(bytes).MapLeft(Seq1).Bind(Read);

    private static Either<Seq<WorkbookProblem>, FiguresRead> Read(IReadOnlyDictionary<string, SheetCells> sheets)
    {
        var problems = new List<WorkbookProblem>();
        var warnings = new List<WorkbookProblem>();
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        var request = new P.AssessRequest();
        foreach (var name in new[] { UnitsSheet, VillagesSheet })
            if (!sheets.ContainsKey(name))
                problems.Add(new("", $"has no sheet {name} (it has {string.Join("、", sheets.Keys)})"));
        if (problems.Count > 0) return toSeq(problems);

        if (sheets.TryGetValue(NotesSheet, out var notes))
            foreach (var (_, cells) in notes.Rows)
                if (cells.TryGetValue(0, out var key) && key.Text == RuleSetLabel && cells.TryGetValue(1, out var id))
                    request.RuleSetId = id.Text;

        var units = sheets[UnitsSheet];
        var unitHeaders = Headers(units, UnitColumns, problems);
        var byCode = new Dictionary<string, (P.UnitFigures Unit, int Index)>(StringComparer.Ordinal);
        foreach (var (row, cells) in units.Rows.Where(r => r.Row > 1))
        {
            var index = request.Units.Count;
            var unit = new P.UnitFigures();
            var codeCell = cells.GetValueOrDefault(unitHeaders.GetValueOrDefault(UnitCode, -1));
            unit.UnitCode = codeCell?.Text ?? "";
            var prefix = $"units[{index}]";
            locations[prefix] = $"{UnitsSheet}!A{row}";
            if (codeCell is not null) locations[$"{prefix}.unit_code"] = $"{UnitsSheet}!{codeCell.Reference}";
            if (unit.UnitCode.Length > 0 && byCode.TryGetValue(unit.UnitCode, out var first))
                problems.Add(new($"{UnitsSheet}!{codeCell!.Reference}", $"unit {unit.UnitCode} is listed twice (first on row {RowOf(locations[$"units[{first.Index}]"])})"));
            foreach (var d in FigureFields.All)
            {
                var column = unitHeaders.GetValueOrDefault(Header(d), -1);
                var at = $"{UnitsSheet}!{SheetWriter.Reference(Math.Max(column, 0), row)}";
                locations[$"{prefix}.{d.Path}"] = at;
                // An empty cell leaves the field unset, so the check that follows names that cell: "is required".
                if (column < 0 || !cells.TryGetValue(column, out var cell)) { Field(unit, d); continue; }
                Set(unit, d, cell, at, problems, warnings);
            }
            unit.VillageAssistance ??= new P.VillageAssistanceFigures();
            byCode.TryAdd(unit.UnitCode, (unit, index));
            request.Units.Add(unit);
        }

        var villages = sheets[VillagesSheet];
        var villageHeaders = Headers(villages, VillageColumns, problems);
        foreach (var (row, cells) in villages.Rows.Where(r => r.Row > 1))
        {
            var codeCell = cells.GetValueOrDefault(villageHeaders.GetValueOrDefault(UnitCode, -1));
            if (codeCell is null || !byCode.TryGetValue(codeCell.Text, out var owner))
            {
                problems.Add(new($"{VillagesSheet}!{codeCell?.Reference ?? $"A{row}"}", codeCell is null
                    ? "the village has no unit code"
                    : $"unit {codeCell.Text} is not on sheet {UnitsSheet}: a village must belong to a listed unit"));
                continue;
            }
            var village = new P.VillageFigures();
            var prefix = $"units[{owner.Index}].village_assistance.villages[{owner.Unit.VillageAssistance.Villages.Count}]";
            locations[prefix] = $"{VillagesSheet}!A{row}";
            if (cells.GetValueOrDefault(villageHeaders.GetValueOrDefault(Village, -1)) is { } name)
            {
                village.Name = name.Text;
                locations[$"{prefix}.name"] = $"{VillagesSheet}!{name.Reference}";
            }
            if (cells.GetValueOrDefault(villageHeaders.GetValueOrDefault(ResidentTeam, -1)) is { } team)
            {
                var at = $"{VillagesSheet}!{team.Reference}";
                locations[$"{prefix}.resident_team"] = at;
                YesNo(team, at, problems).IfSome(b => village.ResidentTeam = b);
            }
            if (cells.GetValueOrDefault(villageHeaders.GetValueOrDefault(Investment, -1)) is { } investment)
            {
                var at = $"{VillagesSheet}!{investment.Reference}";
                locations[$"{prefix}.project_investment_wan"] = at;
                Decimal(investment, at, problems, warnings).IfSome(d => village.ProjectInvestmentWan = d);
            }
            owner.Unit.VillageAssistance.Villages.Add(village);
        }
        CellReading.RefuseMerged(units, problems);
        CellReading.RefuseMerged(villages, problems);
        return problems.Count > 0 ? toSeq(problems) : new FiguresRead(request, locations, toSeq(warnings));
    }

    private static string RowOf(string location) => new(location.SkipWhile(c => !char.IsAsciiDigit(c)).ToArray());

    /// <summary>Header text → column; every column is required but the unit's name.</summary>
    private static Dictionary<string, int> Headers(SheetCells sheet, IReadOnlyList<Column> expected, List<WorkbookProblem> problems) =>
        CellReading.Headers(sheet, expected.Select(c => c.Header).ToList(), h => h != UnitName, problems);

    private static void Set(P.UnitFigures unit, FigureFieldDef d, CellText cell, string at, List<WorkbookProblem> problems, List<WorkbookProblem> warnings)
    {
        var (message, field) = Field(unit, d);
        switch (d.Kind)
        {
            case FigureKind.YesNo:
                YesNo(cell, at, problems).IfSome(b => field.Accessor.SetValue(message, b));
                break;
            case FigureKind.Count:
                CellReading.WholeNumber(cell, at, d.Path, problems, warnings).IfSome(n => field.Accessor.SetValue(message, n));
                break;
            case FigureKind.Amount or FigureKind.Percent or FigureKind.Growth:
                Decimal(cell, at, problems, warnings).IfSome(v => field.Accessor.SetValue(message, v));
                break;
        }
        if (cell.HasFormula)
            warnings.Add(new(at, $"{d.Path}: the cell holds a formula; its value as last calculated ({cell.Text}) was read"));
    }

    private static Option<bool> YesNo(CellText cell, string at, List<WorkbookProblem> problems)
    {
        switch (cell.Text)
        {
            case "是": return true;
            case "否": return false;
            default:
                problems.Add(new(at, $"must be 是 or 否 (got '{CellReading.Shorten(cell.Text)}')"));
                return None;
        }
    }

    /// <summary>A number cell's value (or a canonical decimal typed as text) in its canonical text form.</summary>
    private static Option<string> Decimal(CellText cell, string at, List<WorkbookProblem> problems, List<WorkbookProblem> warnings) =>
        CellReading.Number(cell, at, problems, warnings).Map(DecimalParsing.Format);

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
