using System.Globalization;
using ScoringKernel.Core.Validation;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Server.Workbench;
using Xunit;

namespace ScoringKernel.Workbench.Tests;

/// <summary>
/// A typed number is read once: the workbook reader (CellReading) and the page (decimal.js readTyped, by the table the
/// server serves) give the same value, or both refuse, for every case of the one list below.
/// </summary>
[Collection(WorkbenchCollection.Name)]
public class TypedNumberTests(WorkbenchFixture fixture)
{
    /// <summary>What a clerk may type, the figure's kind (the catalog's), and the one value it means (null: refused).</summary>
    private static readonly (string Typed, string Kind, string? Value)[] Cases =
    [
        ("84.59", "amount", "84.59"),
        (" 900 ", "count", "900"),
        ("１２３", "count", "123"),
        ("１２３．５", "amount", "123.5"),
        ("\u3000４５\u3000", "count", "45"),
        ("1,000", "count", "1000"),
        ("3,700.25", "amount", "3700.25"),
        ("-1,234.5", "growth", "-1234.5"),
        ("１，２３４", "count", "1234"),
        ("15.2%", "percent", "15.2"),
        ("15.2 ％", "percent", "15.2"),
        ("-3%", "growth", "-3"),
        ("15.2%", "amount", null),
        ("1,23", "count", null),
        ("12,3456", "count", null),
        (",123", "count", null),
        ("1e3", "amount", null),
        ("二十", "count", null),
        ("", "count", null),
    ];

    private static CellReading.Measure Measure(string kind) => kind switch
    {
        "percent" => CellReading.Measure.Percent,
        "growth" => CellReading.Measure.Growth,
        _ => CellReading.Measure.Plain,
    };

    [Fact]
    public void The_workbook_reader_reads_each_case_as_listed()
    {
        foreach (var (typed, kind, value) in Cases)
        {
            var problems = new ProblemList();
            var read = CellReading.Number(new CellText("A1", typed, IsNumber: false, HasFormula: false), ProblemList.Counted, Measure(kind), problems, new ProblemList());
            var got = read.IsSome ? DecimalParsing.Format(read.IfNone(0m)) : null;
            Assert.True(value == got, $"workbook reader, “{typed}” ({kind}): {got ?? "refused"}");
        }
    }

    [Fact]
    public async Task The_page_reads_each_case_as_the_workbook_reader_does_by_the_served_table()
    {
        await using var w = await WorkbenchPage.Open(fixture, "figures");
        using var http = new HttpClient();
        Assert.Equal(TypedNumberFormsModule.Text(), await http.GetStringAsync($"{fixture.Address}/workbench/{TypedNumberFormsModule.Name}"));
        var texts = await w.Page.EvaluateFunctionAsync<string[]>(
            "async (cases) => { const m = await import('/workbench/decimal.js'); return cases.map(c => m.readTyped(c[0], c[1]).text); }",
            (object)Cases.Select(c => new[] { c.Typed, c.Kind }).ToArray());
        foreach (var ((typed, kind, value), text) in Cases.Zip(texts))
        {
            // What the page sends is read by the wire's strict decimal: the same value, or refused.
            var sent = DecimalParsing.TryParse(text, out var v) ? DecimalParsing.Format(v) : null;
            Assert.True(value == sent, $"page, “{typed}” ({kind}): sent “{text}”");
        }
        Assert.Empty(w.Errors);
    }
}
