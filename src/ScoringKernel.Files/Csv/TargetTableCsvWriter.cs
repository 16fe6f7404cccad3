using System.Globalization;
using System.Text;
using ScoringKernel.Core.Targets;

namespace ScoringKernel.Files.Csv;

/// <summary>
/// A target table as the CSV <see cref="TargetTableCsv.Parse"/> reads (<c>specs/targets-2015.csv</c>): its header, one
/// line per row (LF), exact decimals, each field quoted as <see cref="CsvWriter.Field"/> quotes it (the one RFC 4180 quoter).
/// </summary>
public static class TargetTableCsvWriter
{
    public static string Write(TargetTable table)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', TargetTableCsv.Header)).Append('\n');
        foreach (var r in table.Rows)
        {
            var p = r.Population;
            var cells = new List<CsvCell> { r.Code.Value, r.Name, r.Kind.Word(), Text(p.BaselinePopulation), Text(p.ReductionRatePercent), Text(p.ReductionCount), Text(p.YearEndPopulation) };
            cells.AddRange(r.Work.Match(
                w => new CsvCell[]
                {
                    Text(w.TotalInvestmentWan), Text(w.OwnBudgetWan), Text(w.SectorInvestmentWan), Text(w.SocialInvestmentWan),
                    w.IncomeYuan.Match(Text, ""), w.IncomeGrowthPercent.Match(Text, ""), Text(w.HousesToRenovate), Text(w.PersonsToReach),
                    Text(w.HouseholdsToReach), Text(w.PoorVillages), w.PerVillageInvestmentWan.Match(Text, ""),
                },
                () => Enumerable.Repeat<CsvCell>("", TargetTableCsv.Header.Count - TargetTableCsv.WorkFrom).ToArray()));
            sb.Append(string.Join(',', cells.Select(CsvWriter.Field))).Append('\n');
        }
        return sb.ToString();
    }

    private static CsvCell Text(decimal d) => CsvCell.Number(d.ToString(CultureInfo.InvariantCulture));
    private static CsvCell Text(int i) => CsvCell.Number(i);
}
