using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PuppeteerSharp;

namespace ScoringKernel.Workbench.Tests;

/// <summary>Files the page hands back, caught in a folder of the test's own (Chromium's download behaviour), and read back.</summary>
public static class Downloads
{
    public static async Task<string> Allow(IPage page)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"workbench-downloads-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        await page.Client.SendAsync("Page.setDownloadBehavior", new Dictionary<string, object> { ["behavior"] = "allow", ["downloadPath"] = folder });
        return folder;
    }

    /// <summary>The file named <paramref name="name"/> once Chromium has finished writing it.</summary>
    public static async Task<string> WaitFor(string folder, string name, TimeSpan? timeout = null)
    {
        var path = Path.Combine(folder, name);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(path) && !Directory.EnumerateFiles(folder, "*.crdownload").Any() && new FileInfo(path).Length > 0) return path;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"{name} was not downloaded; the folder has: {string.Join(", ", Directory.EnumerateFiles(folder).Select(Path.GetFileName))}");
    }

    /// <summary>Every sheet's rows as text, shared strings resolved.</summary>
    public static Dictionary<string, List<List<string>>> Sheets(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var result = new Dictionary<string, List<List<string>>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            result[sheet.Name!] = part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
                c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text)]
                : c.DataType?.Value == CellValues.InlineString ? c.InnerText
                : c.CellValue?.Text ?? "").ToList()).ToList();
        }
        return result;
    }
}
