using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using LanguageExt;
using ScoringKernel.Core.Problems;

namespace ScoringKernel.Files.Workbooks;

/// <summary>
/// One cell as read: its text trimmed (a number's invariant form, a string, 是/否 for a boolean), whether it is a number
/// and whether a formula computed it. <see cref="Raw"/> is the text as stored, <see cref="PercentFormat"/> whether the
/// cell is formatted as a percentage (so 0.152 shows as 15.2%), <see cref="NotCalculated"/> a formula with no value.
/// </summary>
public sealed record CellText(string Reference, string Text, bool IsNumber, bool HasFormula)
{
    public string Raw { get; init; } = Text;
    public bool PercentFormat { get; init; }
    public bool NotCalculated { get; init; }
}

/// <summary>A sheet's non-empty rows by row number, each cell by zero-based column; and its merged ranges.</summary>
public sealed record SheetCells(string Name, IReadOnlyList<(uint Row, IReadOnlyDictionary<int, CellText> Cells)> Rows, IReadOnlyList<string> Merged);

/// <summary>
/// Reads workbooks: first what kind of file it is, by its content whatever its name (.xls, .ods, a password-protected
/// workbook, a CSV are each named); then the package's declared sizes without inflating anything (a "workbook bomb" is
/// refused before it is read); then each sheet streamed row by row through an XML reader that refuses DTDs, so a
/// sheet of 500,000 rows costs one row of memory at a time. No exception text of the platform reaches a reader.
/// </summary>
public static class SheetReader
{
    /// <summary>
    /// Bytes a workbook file may have: the API's request message limit (4 MiB), so the command line and the server
    /// accept the same files.
    /// </summary>
    public const long MaxFileBytes = 4L * 1024 * 1024;
    /// <summary>What its parts may expand to, together and each; and how many parts it may have.</summary>
    public const long MaxExpandedBytes = 64L * 1024 * 1024, MaxPartBytes = 32L * 1024 * 1024;
    public const int MaxParts = 200;

    private static readonly Place File = Place.Of(new Step.Workbook(""));

    private static Problem Whole(Reason reason) => new(reason, File);

    /// <summary>The workbook opened for streaming its sheets, or the one problem that stops it being read.</summary>
    public static Either<Problem, WorkbookFile> Open(byte[] bytes)
    {
        if (bytes.Length > MaxFileBytes) return Whole(new WorkbookReason.TooLarge(bytes.Length, MaxFileBytes));
        if (Kind(bytes) is { } wrong) return wrong;
        if (CheckPackage(bytes) is { } refused) return refused;
        var stream = new MemoryStream(bytes, writable: false);
        try
        {
            var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxPartBytes });
            if (document.WorkbookPart is not { } workbook)
            {
                document.Dispose();
                return Whole(new WorkbookReason.NotASpreadsheet());
            }
            return new WorkbookFile(document, workbook);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stream.Dispose();
            return Whole(new WorkbookReason.Damaged());
        }
    }

    /// <summary>Every sheet read into memory: for tests and small files. Readers of requests stream through <see cref="Open"/>.</summary>
    public static Either<Problem, IReadOnlyDictionary<string, SheetCells>> Read(byte[] bytes) =>
        Open(bytes).Bind(file =>
        {
            using (file)
            {
                var sheets = new Dictionary<string, SheetCells>(StringComparer.Ordinal);
                foreach (var name in file.SheetNames)
                {
                    var sheet = file.Sheet(name);
                    var rows = sheet.Rows.ToList();
                    if (sheet.Failure is { } failure) return Either<Problem, IReadOnlyDictionary<string, SheetCells>>.Left(failure);
                    sheets[name] = new SheetCells(name, rows, sheet.Merged);
                }
                return Either<Problem, IReadOnlyDictionary<string, SheetCells>>.Right(sheets);
            }
        });

    /// <summary>What a file is, by its first bytes: null for a zip package (read on), else the problem naming what it is.</summary>
    private static Problem? Kind(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.Length == 0) return Whole(new WorkbookReason.NotAWorkbook());
        if (span.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            // An OLE2 compound file: Excel 97–2003, or an encrypted OOXML package (its streams EncryptionInfo and EncryptedPackage).
            return span.IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0 ? Whole(new WorkbookReason.Encrypted()) : Whole(new WorkbookReason.LegacyXls());
        if (span.StartsWith("PK"u8)) return null;
        return LooksLikeText(span) ? Whole(new WorkbookReason.PlainText()) : Whole(new WorkbookReason.NotAWorkbook());
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> span)
    {
        var head = span[..Math.Min(span.Length, 4096)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return true;
        if (head.IndexOf((byte)0) >= 0) return false;
        // Valid UTF-8 (a multi-byte character cut at the 4096th byte aside) or GB18030 text has no control bytes but tab, CR, LF.
        foreach (var b in head)
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D)) return false;
        return true;
    }

    /// <summary>The zip's central directory only: declared sizes, never the data; and whether it is a spreadsheet at all.</summary>
    private static Problem? CheckPackage(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts) return Whole(new WorkbookReason.TooManyParts(zip.Entries.Count, MaxParts));
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > MaxPartBytes) return Whole(new WorkbookReason.PartTooLarge(entry.FullName, entry.Length, MaxPartBytes));
                total += entry.Length;
                if (total > MaxExpandedBytes) return Whole(new WorkbookReason.ExpandsTooMuch(MaxExpandedBytes));
            }
            if (zip.GetEntry("mimetype") is { Length: < 200 } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                var type = reader.ReadToEnd().Trim();
                if (type.StartsWith("application/vnd.oasis.opendocument.spreadsheet", StringComparison.Ordinal)) return Whole(new WorkbookReason.OpenDocument());
                if (type.StartsWith("application/vnd.oasis.opendocument.", StringComparison.Ordinal)) return Whole(new WorkbookReason.NotASpreadsheet());
            }
            if (zip.GetEntry("xl/workbook.xml") is null) return Whole(new WorkbookReason.NotASpreadsheet());
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return Whole(new WorkbookReason.Damaged());
        }
    }

    /// <summary>Zero-based column of letters: A → 0, AA → 26.</summary>
    public static int Column(string letters)
    {
        var n = 0;
        foreach (var c in letters) n = n * 26 + (c - 'A' + 1);
        return n - 1;
    }

    internal static readonly XmlReaderSettings Xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false, MaxCharactersInDocument = MaxPartBytes, CloseInput = true,
    };
}

/// <summary>An open workbook: its sheets by name in order, each streamed on demand.</summary>
public sealed class WorkbookFile : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbook;
    private readonly Dictionary<string, WorksheetPart> parts = new(StringComparer.Ordinal);
    private string[]? shared;
    private bool[]? percentStyles;

    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>Set when a part could not be read (damaged XML, a DTD, a missing part): the sheet's rows stop there.</summary>
    public Problem? Failure { get; private set; }

    internal WorkbookFile(SpreadsheetDocument document, WorkbookPart workbook)
    {
        this.document = document;
        this.workbook = workbook;
        var names = new List<string>();
        try
        {
            foreach (var sheet in workbook.Workbook?.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>() ?? [])
            {
                var name = sheet.Name?.Value ?? "";
                if (sheet.Id?.Value is not { } id || parts.ContainsKey(name)) continue;
                if (workbook.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
                {
                    parts[name] = worksheet;
                    names.Add(name);
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Failure = new Problem(new WorkbookReason.Damaged(), Place.Of(new Step.Workbook("")));
        }
        SheetNames = names;
    }

    public bool Has(string sheet) => parts.ContainsKey(sheet);

    public SheetStream Sheet(string name) => new(name, this, parts[name]);

    internal void Fail(Step.Cell? at)
    {
        Failure ??= new Problem(new WorkbookReason.Damaged(), at is null ? Place.Of(new Step.Workbook("")) : Place.Of(at));
    }

    internal string[] Shared => shared ??= Guard(ReadShared, []);

    internal bool[] PercentStyles => percentStyles ??= Guard(ReadStyles, []);

    private T Guard<T>(Func<T> read, T fallback)
    {
        try { return read(); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fail(null);
            return fallback;
        }
    }

    private string[] ReadShared()
    {
        if (workbook.SharedStringTablePart is not { } part) return [];
        var list = new List<string>();
        using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), SheetReader.Xml);
        while (xml.Read())
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
                list.Add(SheetStream.RichText(xml));
        return list.ToArray();
    }

    /// <summary>For each cell format (the <c>s</c> of a cell), whether its number format shows a percentage.</summary>
    private bool[] ReadStyles()
    {
        if (workbook.WorkbookStylesPart is not { } part) return [];
        var percentFormats = new System.Collections.Generic.HashSet<uint> { 9, 10 };
        var xfs = new List<bool>();
        using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), SheetReader.Xml);
        var xfsDepth = -1;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs") xfsDepth = -1;
            if (xml.NodeType != XmlNodeType.Element) continue;
            switch (xml.LocalName)
            {
                case "numFmt" when uint.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                    if (ShowsPercent(xml.GetAttribute("formatCode") ?? "")) percentFormats.Add(id);
                    break;
                case "cellXfs" when !xml.IsEmptyElement:
                    xfsDepth = xml.Depth;
                    break;
                case "xf" when xfsDepth >= 0 && xml.Depth == xfsDepth + 1:
                    xfs.Add(uint.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var format) && percentFormats.Contains(format));
                    break;
            }
        }
        return xfs.ToArray();
    }

    /// <summary>A format code shows a percentage where it has a % outside quoted text and escapes ("0.0%", not "0.0\"%\"").</summary>
    private static bool ShowsPercent(string code)
    {
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '\\') i++;
            else if (!quoted && c == '%') return true;
        }
        return false;
    }

    public void Dispose() => document.Dispose();
}

/// <summary>
/// One sheet read once, row by row (<see cref="Rows"/>); its merged ranges (<see cref="Merged"/>, which follow the rows
/// in the file) are known once the rows have been read.
/// </summary>
public sealed class SheetStream(string name, WorkbookFile file, WorksheetPart part)
{
    private readonly WorkbookFile file = file;
    private readonly WorksheetPart part = part;

    private readonly List<string> merged = [];

    public string Name => name;

    public IReadOnlyList<string> Merged => merged;

    public Problem? Failure => file.Failure;

    public IEnumerable<(uint Row, IReadOnlyDictionary<int, CellText> Cells)> Rows => new RowReader(this);

    /// <summary>
    /// The rows with cells, one at a time. Written out rather than as an iterator so that its MoveNext, called once per row,
    /// is compiled optimised from the first row (a sheet is read once per process at the command line).
    /// </summary>
    private sealed class RowReader(SheetStream sheet) : IEnumerable<(uint Row, IReadOnlyDictionary<int, CellText> Cells)>, IEnumerator<(uint Row, IReadOnlyDictionary<int, CellText> Cells)>
    {
        private XmlReader? xml;
        private RowState? state;
        private bool handedOut, started, done;

        public (uint Row, IReadOnlyDictionary<int, CellText> Cells) Current { get; private set; }

        object System.Collections.IEnumerator.Current => Current;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool MoveNext()
        {
            if (done) return false;
            if (!started)
            {
                started = true;
                try { xml = XmlReader.Create(sheet.part.GetStream(FileMode.Open, FileAccess.Read), SheetReader.Xml); }
                catch (Exception e) when (e is not OutOfMemoryException) { sheet.file.Fail(null); }
                if (xml is null) { done = true; return false; }
                state = new RowState(xml.NameTable);
            }
            while (sheet.Next(xml!, state!) is { } row)
            {
                if (row.Cells.Count == 0) continue;
                Current = row;
                return true;
            }
            Dispose();
            return false;
        }

        public void Reset() => throw new NotSupportedException("a sheet is read once");

        public void Dispose()
        {
            done = true;
            xml?.Dispose();
            xml = null;
        }

        /// <summary>Itself the first time (as an iterator is), a fresh reading of the sheet after that.</summary>
        public IEnumerator<(uint Row, IReadOnlyDictionary<int, CellText> Cells)> GetEnumerator()
        {
            if (handedOut) return new RowReader(sheet).GetEnumerator();
            handedOut = true;
            return this;
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// Where the reader is, and the element and attribute names atomized in the reader's name table: the reader hands
    /// back those very strings, so a name is told by reference, not compared character by character, per node.
    /// </summary>
    private sealed class RowState(XmlNameTable names)
    {
        public uint LastRow;
        public int LastCount = 4;
        public readonly string Row = names.Add("row"), C = names.Add("c"), V = names.Add("v"), F = names.Add("f"), Is = names.Add("is"),
            MergeCell = names.Add("mergeCell"), R = names.Add("r"), T = names.Add("t"), S = names.Add("s"), Ref = names.Add("ref");
    }

    /// <summary>The next row (possibly with no cells), or null at the end or where the XML cannot be read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (uint Row, IReadOnlyDictionary<int, CellText> Cells)? Next(XmlReader xml, RowState state)
    {
        try
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element) continue;
                var local = xml.LocalName;
                if (ReferenceEquals(local, state.Row)) return ReadRow(xml, state);
                if (ReferenceEquals(local, state.MergeCell) && xml.GetAttribute(state.Ref) is { Length: > 0 and <= 32 } range) merged.Add(range);
            }
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            file.Fail(new Step.Cell(name, $"{state.LastRow}:{state.LastRow}"));
            return null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (uint, IReadOnlyDictionary<int, CellText>) ReadRow(XmlReader xml, RowState state)
    {
        var index = uint.TryParse(xml.GetAttribute(state.R), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : state.LastRow + 1;
        state.LastRow = index;
        var cells = new RowCells(state.LastCount);
        if (xml.IsEmptyElement) return (index, cells);
        var depth = xml.Depth;
        var next = 0;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && ReferenceEquals(xml.LocalName, state.C))
            {
                var (column, cell) = ReadCell(xml, index, next, state);
                next = column + 1;
                if (cell is not null) cells.Set(column, cell);
            }
            xml.Read();
        }
        state.LastCount = Math.Max(cells.Count, 1);
        return (index, cells);
    }

    /// <summary>A cell, the reader on its start; it is left on the cell's last node.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Column, CellText? Cell) ReadCell(XmlReader xml, uint row, int next, RowState state)
    {
        string? reference = null, type = null, styleText = null;
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                if (xml.Prefix.Length != 0) continue;
                var local = xml.LocalName;
                if (ReferenceEquals(local, state.R)) reference = xml.Value;
                else if (ReferenceEquals(local, state.T)) type = xml.Value;
                else if (ReferenceEquals(local, state.S)) styleText = xml.Value;
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }
        var parsed = reference is null ? null : Parse(reference);
        var column = parsed is { } at ? at.Column : next;
        if (xml.IsEmptyElement) return (column, null);
        var depth = xml.Depth;
        string? value = null, inline = null;
        var formula = false;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                var local = xml.LocalName;
                if (ReferenceEquals(local, state.V)) { value = xml.ReadElementContentAsString(); continue; }
                if (ReferenceEquals(local, state.F)) { formula = true; xml.Skip(); continue; }
                if (ReferenceEquals(local, state.Is)) inline = RichText(xml);
            }
            xml.Read();
        }
        string raw;
        switch (type)
        {
            case "s":
                var shared = file.Shared;
                raw = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i] : "";
                break;
            case "inlineStr": raw = inline ?? ""; break;
            case "b": raw = value is null ? "" : value.Trim() == "1" ? "是" : "否"; break;
            default: raw = value ?? ""; break;
        }
        var text = raw.Trim();
        if (text.Length == 0 && !formula) return (column, null);
        var isNumber = type is null or "n" && value is not null;
        var style = styleText is not null && int.TryParse(styleText, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var percent = file.PercentStyles is var styles && style < styles.Length && styles[style];
        return (column, new CellText(parsed is not null ? reference! : SheetWriter.Reference(column, row), text, isNumber, formula)
        {
            Raw = raw, PercentFormat = percent, NotCalculated = formula && value is null && inline is null,
        });
    }

    /// <summary>The text of an <c>is</c> or <c>si</c> element, its runs joined, phonetic runs left out; the reader is left on its last node.</summary>
    internal static string RichText(XmlReader xml)
    {
        if (xml.IsEmptyElement) return "";
        var depth = xml.Depth;
        var text = new StringBuilder();
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh") { xml.Skip(); continue; }
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t") { text.Append(xml.ReadElementContentAsString()); continue; }
            xml.Read();
        }
        return text.ToString();
    }

    /// <summary>A1-style reference: column (zero-based) and row; null where it is not one (XFD1048576 the largest).</summary>
    private static (int Column, uint Row)? Parse(string reference)
    {
        var i = 0;
        var column = 0;
        while (i < reference.Length && i < 3 && reference[i] is >= 'A' and <= 'Z') column = column * 26 + (reference[i++] - 'A' + 1);
        if (i == 0 || i == reference.Length) return null;
        uint row = 0;
        var digits = 0;
        for (; i < reference.Length; i++, digits++)
        {
            if (!char.IsAsciiDigit(reference[i]) || digits >= 7) return null;
            row = row * 10 + (uint)(reference[i] - '0');
        }
        return column <= 16384 && row > 0 ? (column - 1, row) : null;
    }
}

/// <summary>
/// A row's cells by zero-based column, in column order: two arrays, searched by halves. A row of a sheet is a handful
/// of cells, so this costs a fraction of a dictionary per row (a 500,000-row sheet makes 500,000 of them).
/// </summary>
internal sealed class RowCells(int capacity) : IReadOnlyDictionary<int, CellText>
{
    private int[] columns = new int[Math.Max(capacity, 1)];
    private CellText[] cells = new CellText[Math.Max(capacity, 1)];

    public int Count { get; private set; }

    /// <summary>The cell of a column: a later cell of the same column replaces an earlier one, as a dictionary's indexer.</summary>
    public void Set(int column, CellText cell)
    {
        var at = Count > 0 && column > columns[Count - 1] ? ~Count : Array.BinarySearch(columns, 0, Count, column);
        if (at >= 0) { cells[at] = cell; return; }
        at = ~at;
        if (Count == columns.Length)
        {
            Array.Resize(ref columns, Count * 2);
            Array.Resize(ref cells, Count * 2);
        }
        if (at < Count)
        {
            Array.Copy(columns, at, columns, at + 1, Count - at);
            Array.Copy(cells, at, cells, at + 1, Count - at);
        }
        columns[at] = column;
        cells[at] = cell;
        Count++;
    }

    public bool TryGetValue(int key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out CellText value)
    {
        var at = Array.BinarySearch(columns, 0, Count, key);
        value = at >= 0 ? cells[at] : null;
        return at >= 0;
    }

    public bool ContainsKey(int key) => Array.BinarySearch(columns, 0, Count, key) >= 0;

    public CellText this[int key] => TryGetValue(key, out var cell) ? cell : throw new KeyNotFoundException($"no cell in column {key}");

    public IEnumerable<int> Keys => columns.Take(Count);

    public IEnumerable<CellText> Values => cells.Take(Count);

    public IEnumerator<KeyValuePair<int, CellText>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return new KeyValuePair<int, CellText>(columns[i], cells[i]);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
