using System.Globalization;
using ScoringKernel.Core.Rules;
using ScoringKernel.Files.RuleSets;

namespace ScoringKernel.Files.Notice;

/// <summary>
/// What a notice says it follows, all from the rule set it was scored with: the assessment year, the document
/// (number, title, issuer, date) and the pass line. Both the HTML page and the .docx cite it through here.
/// </summary>
public sealed record NoticeBasis(int Year, string DocumentNumber, string DocumentTitle, string IssuedBy, string DocumentDate, decimal PassLine)
{
    /// <summary>From a rule set and the <c>document</c> of the file it was read from (none for a rule set built in code): its year, the document and its pass line.</summary>
    public static NoticeBasis Of(RuleSet rules, RuleSetDocument? document = null) =>
        new(rules.Year, document?.Number ?? "", document?.Title ?? "", document?.IssuedBy ?? "", document?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", rules.PassLine);

    /// <summary>The pass line as the notice writes it (80).</summary>
    public string PassLineText => Core.Validation.DecimalParsing.Format(PassLine);

    /// <summary>《title》(number), the number as the rule-set file writes it.</summary>
    public string Citation => $"《{DocumentTitle}》({DocumentNumber})";

    /// <summary>
    /// The citation as GB/T 9704-2012 writes a document number in an official document: the year in 六角括号
    /// (衡贫发〔2015〕2号), whatever brackets the rule-set file used.
    /// </summary>
    public string OfficialCitation => $"《{DocumentTitle}》({DocumentNumber.Replace('[', '〔').Replace(']', '〕').Replace('［', '〔').Replace('］', '〕')})";

    /// <summary>"衡阳市扶贫开发领导小组 2015-04-20 印发", for the HTML page's basis line.</summary>
    public string Issued => string.Join(" ", new[] { IssuedBy, DocumentDate }.Where(s => s.Length > 0)) + " 印发";
}
