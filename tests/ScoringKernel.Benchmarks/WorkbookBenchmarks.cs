using BenchmarkDotNet.Attributes;
using ScoringKernel.TestSupport;
using ScoringKernel.Files.Workbooks;

namespace ScoringKernel.Benchmarks;

/// <summary>
/// Reading hostile figures workbooks (issue 23, must-show 2): 贫困村 with 500,000 rows of a village name alone (no unit
/// code: 500,000 problems, 100 told and a count), and 单位指标 with 150,000 rows of a code that is no code and every
/// figure blank. Run: <c>dotnet run -c Release --project tests/ScoringKernel.Benchmarks -- --filter '*WorkbookReading*' --job short</c>.
/// The command line's own time (process start and the first JIT included) is in specs/performance.md.
/// </summary>
[MemoryDiagnoser]
public class WorkbookReading
{
    private byte[] villages = null!, units = null!;

    [GlobalSetup]
    public void Setup()
    {
        villages = HostileSheets.VillageSheetOf(500_000);
        units = HostileSheets.UnitSheetOf(150_000);
        // What each measures, checked once: the whole file read, 100 problems told and the rest counted.
        foreach (var (bytes, total) in new[] { (villages, 500_000), (units, 150_000 * Core.Figures.FigureFields.All.Count + 6 /* rows 2–7, kept under the bound: their codes are no codes */) })
        {
            if (bytes.Length > SheetReader.MaxFileBytes) throw new InvalidOperationException($"{bytes.Length} bytes: over the limit, refused unread");
            var last = FiguresWorkbook.Read(bytes).Match(_ => throw new InvalidOperationException("read"), ps => ps.Last);
            if (last.Reason is not Core.Problems.WorkbookReason.MoreProblems || Words.ProblemWords.Sentence(last, Words.Language.En) != $"{total - ProblemList.Max} more problems not listed ({total} in all): correct the ones above first")
                throw new InvalidOperationException(Words.ProblemWords.Sentence(last, Words.Language.En));
        }
    }

    [Benchmark(Description = "500,000 village rows, no unit code")]
    public int Villages500k() => FiguresWorkbook.Read(villages).Match(_ => 0, ps => ps.Count);

    [Benchmark(Description = "150,000 unit rows, bad code, every figure blank")]
    public int Units150k() => FiguresWorkbook.Read(units).Match(_ => 0, ps => ps.Count);
}
