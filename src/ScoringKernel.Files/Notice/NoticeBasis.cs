using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Files.Notice;

/// <summary>
/// What a notice says it follows, all from the rule set it was scored with: the assessment year, the document
/// (number, title, issuer, date) and the pass line. Both the HTML page and the .docx cite it through here.
/// </summary>
public sealed record NoticeBasis(int Year, string DocumentNumber, string DocumentTitle, string IssuedBy, string DocumentDate, string PassLine)
{
    /// <summary>From the catalog's rule set (<c>GetRuleSet</c>): its year, its <c>document</c> and its pass line.</summary>
    public static NoticeBasis Of(P.RuleSet rules) =>
        new(rules.Year, rules.Document?.Number ?? "", rules.Document?.Title ?? "", rules.Document?.IssuedBy ?? "", rules.Document?.Date ?? "", rules.PassLine);

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
