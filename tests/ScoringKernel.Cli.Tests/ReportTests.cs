using System.Globalization;
using AngleSharp.Html.Parser;
using ScoringKernel.Files.Notice;
using Xunit;

namespace ScoringKernel.Cli.Tests;

public class ReportTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Notice()
    {
        var path = Path.Combine(Path.GetTempPath(), $"notice-{Guid.NewGuid():N}.html");
        var run = CliRun.Of("report", CliRun.Example, "--out", path);
        Assert.Equal(0, run.ExitCode);
        return new HtmlParser().ParseDocument(File.ReadAllText(path));
    }

    private static decimal D(string? s) => decimal.Parse(s ?? throw new Xunit.Sdk.XunitException("missing"), CultureInfo.InvariantCulture);

    [Fact]
    public void The_notice_ranks_each_group_with_grades()
    {
        var doc = Notice();
        Assert.Equal("2015年衡阳市精准扶贫工作考核情况通报", doc.Title);
        var groups = doc.QuerySelectorAll("section.group");
        Assert.Equal(2, groups.Length);
        var counties = groups.Single(g => g.GetAttribute("data-group") == "counties_and_cities");
        var rows = counties.QuerySelectorAll("table.ranking tbody tr");
        Assert.Equal(7, rows.Length);
        Assert.Equal(3, rows.Count(r => r.GetAttribute("data-grade") == "class_1"));
        var totals = rows.Select(r => D(r.GetAttribute("data-total"))).ToList();
        Assert.Equal(totals.OrderByDescending(t => t).ToList(), totals);
        Assert.Equal("一类", rows[0].Children[4].TextContent);
    }

    [Fact]
    public void Unqualified_and_disqualified_units_are_called_out()
    {
        var doc = Notice();
        var unqualified = doc.QuerySelector("p.callout.unqualified")!;
        Assert.Contains("祁东县", unqualified.TextContent);
        Assert.Contains("55.49", unqualified.TextContent);
        Assert.Contains("石鼓区", doc.QuerySelector("p.callout.disqualified")!.TextContent);
    }

    [Fact]
    public void A_disqualified_unit_below_the_pass_line_is_also_called_out_for_criticism()
    {
        // 石鼓区 used funds in violation of the rules (disqualified); here its year also went badly: below 80.
        var request = Google.Protobuf.JsonParser.Default.Parse<ScoringKernel.Contracts.V1.AssessRequest>(File.ReadAllText(CliRun.Example));
        var shigu = request.Units.Single(u => u.UnitCode == "430407");
        shigu.PovertyReduction.PersonsLifted = 0;
        shigu.WorkSystems.ImplementationPercent = "0";
        shigu.TotalInvestment.TotalInvestmentWan = "0";
        var path = Path.Combine(Path.GetTempPath(), $"notice-{Guid.NewGuid():N}.html");
        var run = CliRun.Of("report", CliRun.Temp("shigu.json", Google.Protobuf.JsonFormatter.Default.Format(request)), "--out", path);
        Assert.Equal(0, run.ExitCode);
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(path));
        var row = doc.QuerySelector("tr[data-unit='430407']")!;
        Assert.Equal("disqualified", row.GetAttribute("data-grade"));
        Assert.True(D(row.GetAttribute("data-total")) < 80m);
        Assert.Contains("石鼓区", doc.QuerySelector("p.callout.unqualified")!.TextContent);
        Assert.Contains("石鼓区", doc.QuerySelector("p.callout.disqualified")!.TextContent);
    }

    [Fact]
    public void The_chart_bars_match_the_totals_and_the_80_line_is_drawn()
    {
        var doc = Notice();
        foreach (var group in doc.QuerySelectorAll("section.group"))
        {
            var rows = group.QuerySelectorAll("table.ranking tbody tr").ToDictionary(r => r.GetAttribute("data-unit")!, r => D(r.GetAttribute("data-total")));
            var bars = group.QuerySelectorAll("svg rect.bar");
            Assert.Equal(rows.Count, bars.Length);
            foreach (var bar in bars)
            {
                var total = rows[bar.GetAttribute("data-unit")!];
                Assert.Equal((double)total * NoticeReport.Height / 100, double.Parse(bar.GetAttribute("height")!, CultureInfo.InvariantCulture), 2);
                Assert.Equal(NoticeReport.Y(total), double.Parse(bar.GetAttribute("y")!, CultureInfo.InvariantCulture), 2);
            }
            var pass = group.QuerySelector("svg line.pass-line")!;
            Assert.Equal("80", pass.GetAttribute("data-score"));
            Assert.Equal(NoticeReport.Y(80m), double.Parse(pass.GetAttribute("y1")!, CultureInfo.InvariantCulture), 2);
            var boundary = group.QuerySelector("svg line.class-boundary")!;
            var lowestClass1 = group.QuerySelectorAll("table.ranking tbody tr[data-grade=class_1]").Min(r => D(r.GetAttribute("data-total")));
            Assert.Equal(lowestClass1, D(boundary.GetAttribute("data-score")));
        }
    }

    [Fact]
    public void Each_units_deductions_are_listed_with_their_clauses()
    {
        var doc = Notice();
        var hengshan = doc.QuerySelector("table.unit-deductions[data-unit='430423']")!;
        var clauses = hengshan.QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent).Distinct().ToList();
        Assert.Contains("附件1-一", clauses);
        Assert.Contains("附件1-六", clauses);
        // 衡山县 has dynamic management in place: that line deducts nothing and is not listed.
        Assert.DoesNotContain(hengshan.QuerySelectorAll("tbody tr"), r => r.Children[1].TextContent.Contains("动态化管理"));
        Assert.Equal(12, doc.QuerySelectorAll("section.deductions h3").Length);
    }
}
