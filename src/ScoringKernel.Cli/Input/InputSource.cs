using Google.Protobuf;
using ScoringKernel.Wire.Json;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Wire;
using ScoringKernel.Core.Problems;
using ScoringKernel.Words;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Input;

/// <summary>
/// An input file and where each field stands in it, so that a problem found later and named by its proto field path
/// (<c>units[3].house_renovation.households_renovated</c>) is reported where it came from: the line and column of a
/// JSON file (read with the one JSON reader every way in shares, <see cref="ProtoJsonReader"/>), or the sheet and
/// cell of a workbook (<c>figures.xlsx:单位指标!F7: house_renovation.households_renovated: …</c>).
/// </summary>
public sealed class InputSource
{
    private readonly IReadOnlyDictionary<string, string> locations;
    private readonly bool workbook;
    /// <summary>A workbook's unit codes by position, to name a unit the checks give by position only.</summary>
    private IReadOnlyList<string>? unitCodes;

    public string Name { get; }

    /// <summary>What reading the file noticed without refusing it (a formula's cached value read).</summary>
    public IReadOnlyList<string> Warnings { get; }

    private InputSource(string name, IReadOnlyDictionary<string, string> locations, bool workbook = false, IReadOnlyList<string>? warnings = null)
    {
        Name = name;
        this.locations = locations;
        this.workbook = workbook;
        Warnings = warnings ?? [];
    }

    /// <summary>A source with no file behind it (a command that reads none), for reporting API failures.</summary>
    public static InputSource None(string name) => new(name, new Dictionary<string, string>());

    /// <summary>A figures workbook (.xlsx) read as the AssessRequest it holds; every mistake in it at once otherwise (at most 100 and a count, exit 2).</summary>
    public static (P.AssessRequest Message, InputSource Source) ReadWorkbook(string path, Language language = Languages.Default) =>
        FromWorkbook(path, FiguresWorkbook.Read(Bytes(path)).Map(r => (r.Request, r.Locations, r.Warnings)), r => r.Units.Select(u => u.UnitCode).ToList(), language);

    /// <summary>An evaluation workbook (.xlsx with 部门数据 or 检查发现) as the EvaluateRequest it holds.</summary>
    public static (P.EvaluateRequest Message, InputSource Source) ReadEvaluationWorkbook(string path, Language language = Languages.Default) =>
        FromWorkbook(path, FiguresWorkbook.ReadEvaluation(Bytes(path)), r => r.Submissions.Select(u => u.SelfEvaluation.UnitCode).ToList(), language);

    private static (T, InputSource) FromWorkbook<T>(string path, LanguageExt.Either<LanguageExt.Seq<Problem>, (T Request, IReadOnlyDictionary<string, string> Locations, LanguageExt.Seq<Problem> Warnings)> read, Func<T, IReadOnlyList<string>> codes, Language language) =>
        read.Match(
            r =>
            {
                var source = new InputSource(path, r.Locations, workbook: true) { unitCodes = codes(r.Request) };
                return (r.Request, new InputSource(path, r.Locations, workbook: true, r.Warnings.Map(w => source.Describe(w, language)).ToList()) { unitCodes = codes(r.Request) });
            },
            problems => throw Problems(path, problems, language));

    /// <summary>
    /// Each problem of a workbook where it stands, exit 2: "FILE:SHEET!CELL(unit · column):words" in Chinese,
    /// "FILE:SHEET!CELL: field: words" in English.
    /// </summary>
    public static CliFailure Problems(string path, LanguageExt.Seq<Problem> problems, Language language = Languages.Default)
    {
        var source = new InputSource(path, new Dictionary<string, string>(), workbook: true);
        return new(CliFailure.InvalidInput, problems.Map(p => source.Describe(p, language)));
    }

    /// <summary>
    /// Whether a file is read as a workbook: by its content (a zip package, an OLE2 file as Excel 97–2003 and password
    /// protection write), or by an extension a spreadsheet program saves (.xlsx, .xls, .ods, .et, .csv), so that each wrong
    /// kind of file is named for what it is rather than read as malformed JSON.
    /// </summary>
    /// <param name="csvIsData">For a target table, whose own format is CSV: a .csv is read as the table, not refused as a workbook.</param>
    public static bool IsWorkbook(string path, bool csvIsData = false)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".xlsx" or ".xlsm" or ".xls" or ".ods" or ".et") return true;
        if (extension is ".csv") return !csvIsData;
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[4];
            var n = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
            return n == 4 && (head.SequenceEqual("PK\u0003\u0004"u8) || head.SequenceEqual((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false; // the reader that follows names what is wrong with the file
        }
    }

    /// <summary>A file's bytes, or exit 2 naming the file and why it cannot be read, in Chinese and English.</summary>
    public static byte[] Bytes(string path)
    {
        try { return Application.Setup.SetupPaths.ReadFile("", path); }
        catch (Application.Setup.SetupMistake mistake)
        {
            throw CliFailure.Of(mistake);
        }
    }

    /// <summary>The message the file holds and the file's positions; every mistake in it at once otherwise (exit 2).</summary>
    public static (T Message, InputSource Source) Read<T>(string path, Language language = Languages.Default) where T : IMessage<T>, new() =>
        Parse<T>(path, Bytes(path), language);

    /// <summary>
    /// The message <paramref name="utf8"/> holds, or exit 2 with one line per mistake: in English
    /// "FILE:LINE:COLUMN: field: message" (the wire's words, without the "(line, column)" the prefix already says), in
    /// Chinese "FILE:LINE:COLUMN: 字段路径:words" (the field as it stands in the file, where there is one).
    /// </summary>
    public static (T Message, InputSource Source) Parse<T>(string name, ReadOnlyMemory<byte> utf8, Language language = Languages.Default) where T : IMessage<T>, new() =>
        ProtoJsonReader.Read<T>(utf8, new JsonReading(RecordPositions: true)).Match(
            read => (read.Message, new InputSource(name, read.Positions.ToDictionary(p => p.Key, p => $"{p.Value.Item1}:{p.Value.Item2}"))),
            problems => throw new CliFailure(CliFailure.InvalidInput, problems.Map(p => JsonLine(name, p, language))));

    private static string JsonLine(string name, Problem problem, Language language)
    {
        var (line, column) = ProtoJsonReader.PositionOf(problem) ?? (1, 1);
        var within = ProtoJsonReader.WithoutPosition(problem);
        if (language == Language.En)
        {
            var field = ProblemPaths.Of(within);
            return $"{name}:{line}:{column}: {(field.Length == 0 ? "" : field + ": ")}{ProblemWords.Message(within, language)}";
        }
        return $"{name}:{line}:{column}: {ProblemWords.Sentence(within, language)}";
    }

    /// <summary>
    /// A problem where it stands in the file, at the field or the nearest enclosing field the file has. In English
    /// "FILE:LINE:COLUMN: field: message" or "FILE:SHEET!CELL: field: message" (a workbook names a unit's figure by its
    /// path within the unit: the row says which unit); in Chinese the office's words for the place instead of the path:
    /// "figures.xlsx:单位指标!I7(常宁市 · 附件1-四 危房改造户数(户)):不能为负数(填写了 -5)".
    /// </summary>
    public string Describe(Problem problem, Language language)
    {
        if (unitCodes is not null) problem = Locations.WithUnits(problem, unitCodes);
        var field = ProblemPaths.Of(problem);
        var at = problem.At.Steps.FirstOrDefault(s => s is Step.Cell) is Step.Cell c ? $"{c.Sheet}!{c.Reference}" : Locations.Find(locations, field);
        var inner = new Place(problem.At.Steps.Filter(s => s is not (Step.Cell or Step.Workbook)));
        if (language == Language.En)
        {
            var shown = workbook ? WithinUnit(field) : field;
            // A unit's row as a whole (its name) is said by the cell: the row is the unit.
            if (workbook && System.Text.RegularExpressions.Regex.IsMatch(shown, @"^(units|submissions)\[\d+\](\.self_evaluation)?$")) shown = "";
            var message = ProblemWords.Message(problem, language);
            if (!workbook) message = ProblemWords.Description(problem);
            var head = at is null ? Name : $"{Name}:{at}";
            return shown.Length == 0 || shown == "workbook" ? $"{head}: {message}" : $"{head}: {shown}: {message}";
        }
        var place = ReasonWords.NamesItsPlace(problem.Reason) ? "" : PlaceWords.Say(inner, language, UnitNames.Embedded);
        var words = ProblemWords.Message(problem, language);
        return (at, workbook) switch
        {
            (null, _) => place.Length == 0 ? $"{Name}:{words}" : $"{Name}:{place}:{words}",
            (_, true) => place.Length == 0 ? $"{Name}:{at}:{words}" : $"{Name}:{at}({place}):{words}",
            (_, false) => place.Length == 0 ? $"{Name}:{at}: {words}" : $"{Name}:{at}: {place}:{words}",
        };
    }

    private static string WithinUnit(string field)
    {
        foreach (var prefix in new[] { "units[", "submissions[" })
            if (field.StartsWith(prefix, StringComparison.Ordinal) && field.IndexOf("].", StringComparison.Ordinal) is var end and > 0)
            {
                var rest = field[(end + 2)..];
                return rest.StartsWith("self_evaluation.", StringComparison.Ordinal) ? rest["self_evaluation.".Length..] : rest;
            }
        return field;
    }
}
