using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ScoringKernel.Core.Targets;
using ScoringKernel.Files.Workbooks;
using Xunit;

namespace ScoringKernel.Contracts.Tests.Workbooks;

/// <summary>The template a clerk fills (issue 23): its 说明 in the clerk's words with the clause each column feeds, prompts on the figure columns, codes from the unit list.</summary>
public class TemplateTests
{
    private static readonly byte[] Template = FiguresWorkbook.Template(EmbeddedTargets.Table2015);

    private static IReadOnlyList<IReadOnlyList<string>> Notes() =>
        SheetReader.Read(Template).Match(s => s, p => throw new Xunit.Sdk.XunitException(p.ToString()))["说明"].Rows
            .Select(r => (IReadOnlyList<string>)Enumerable.Range(0, 4).Select(c => r.Cells.TryGetValue(c, out var cell) ? cell.Text : "").ToList()).ToList();

    [Fact]
    public void The_notes_speak_the_clerks_words_and_name_the_clause_each_figure_column_feeds()
    {
        var notes = Notes();
        Assert.Equal(["工作表", "列", "怎么填", "计入"], notes[0]);
        Assert.Equal(["规则集", "hengyang-2015"], notes[1].Take(2));
        // No field name of the API anywhere (village_income.income_yuan, unit_code …): no Latin word joined by _ or .
        Assert.DoesNotContain(notes.SelectMany(r => r), t => System.Text.RegularExpressions.Regex.IsMatch(t, @"[a-z]+[._][a-z]+"));
        var renovation = Assert.Single(notes, r => r[0] == "单位指标" && r[1] == "危房改造户数(户)");
        Assert.Equal("填危房改造户数的户数,整数,单位户;没有的填 0,不能空着。", renovation[2]);
        Assert.Equal("附件1-四 农村贫困户危房改造", renovation[3]);
        var growth = Assert.Single(notes, r => r[1] == "人均可支配收入增长(%)");
        Assert.Contains("如 15.2 表示增长 15.2%", growth[2]);
        Assert.StartsWith("附件1-三", growth[3]);
        Assert.All(notes.Where(r => r[0] == "单位指标" && r[1].EndsWith(')')), r => Assert.NotEqual("", r[3]));
    }

    [Fact]
    public void Figure_columns_carry_input_prompts_and_the_code_columns_a_list_of_the_units()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Template), false);
        var book = document.WorkbookPart!;
        DataValidation[] Validations(string sheet) =>
            ((WorksheetPart)book.GetPartById(book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!)).Worksheet.Descendants<DataValidation>().ToArray();
        var units = Validations("单位指标");
        var renovation = Assert.Single(units, v => (v.SequenceOfReferences?.InnerText ?? "").StartsWith("I2:", StringComparison.Ordinal));
        Assert.True(renovation.ShowInputMessage?.Value);
        Assert.Equal("危房改造户数(户)", renovation.PromptTitle?.Value);
        Assert.Equal("填危房改造户数的户数,整数,单位户;没有的填 0,不能空着。计入附件1-四 农村贫困户危房改造。", renovation.Prompt?.Value);
        Assert.Equal(19, units.Count(v => v.ShowInputMessage?.Value == true && v.Prompt?.Value?.Contains("计入") == true));

        var codes = Assert.Single(units, v => (v.SequenceOfReferences?.InnerText ?? "").StartsWith("A2:", StringComparison.Ordinal));
        Assert.Equal(DataValidationValues.List, codes.Type?.Value);
        Assert.Equal("\"" + string.Join(",", EmbeddedTargets.Table2015.Units.Map(u => u.Code.Value)) + "\"", codes.Formula1!.Text);
        var villageCodes = Assert.Single(Validations("贫困村"), v => (v.SequenceOfReferences?.InnerText ?? "").StartsWith("A2:", StringComparison.Ordinal));
        Assert.Equal($"'单位指标'!$A$2:$A${EmbeddedTargets.Table2015.Units.Count + 1}", villageCodes.Formula1!.Text);
        Assert.Equal("单位代码应从考核单位名单中选择(见单位指标表的单位代码列)", villageCodes.Error?.Value);
        Assert.Empty(Validations("说明"));
    }
}
