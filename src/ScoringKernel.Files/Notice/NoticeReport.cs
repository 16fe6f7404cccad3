using System.Globalization;
using System.Net;
using System.Text;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using ScoringKernel.Words;

namespace ScoringKernel.Files.Notice;

/// <summary>
/// The year's assessment notice (考核情况通报) as one self-contained HTML page in Chinese: per group the ranking
/// with grades and an SVG bar chart of totals with the pass line and the Class 1 boundary drawn; unqualified and
/// disqualified units called out; each unit's deductions with their clauses.
/// </summary>
public static class NoticeReport
{
    /// <summary>Chart geometry: a score s is drawn at y = Top + Height × (1 − s / 100); a bar of total t is Height × t / 100 tall.</summary>
    public const int Top = 20, Height = 300, Left = 50, BarWidth = 48, Gap = 24;

    /// <summary>自评与核定对比: per unit both totals and the corrections with their notes; the units whose self-evaluation overstated their total by a point or more.</summary>
    private static string Comparison(EvaluationResult e, int decimals)
    {
        string S(decimal score) => E(ResultWords.Score(score, decimals));
        var sb = new StringBuilder("<section class=\"evaluation\">\n<h2>自评与核定对比</h2>\n");
        sb.Append("<table class=\"self-evaluation\"><thead><tr><th>单位</th><th>代码</th><th>自评总分</th><th>核定总分</th><th>差</th><th>核定依据</th></tr></thead><tbody>\n");
        foreach (var u in e.Units)
        {
            var corrections = u.Corrections.IsEmpty
                ? "按自评"
                : string.Join("", u.Corrections.Select(c => $"<span class=\"correction\" data-path=\"{E(FigureKeys.Path(c.Figure))}\">{E(ResultWords.Correction(c))}</span>"));
            sb.Append($"<tr data-unit=\"{E(u.Unit.Value)}\" data-self=\"{S(u.SelfEvaluated.Total)}\" data-evaluated=\"{S(u.Evaluated.Total)}\"{(u.Overstated ? " class=\"overstated\"" : "")}>")
              .Append($"<td>{E(u.Name)}</td><td>{E(u.Unit.Value)}</td><td>{S(u.SelfEvaluated.Total)}</td><td>{S(u.Evaluated.Total)}</td><td>{S(u.TotalDifference)}</td><td class=\"corrections\">{corrections}</td></tr>\n");
        }
        sb.Append("</tbody></table>\n");
        var overstated = e.Units.Where(u => u.Overstated).ToList();
        sb.Append($"<p class=\"callout overstated\">自评总分高于核定总分1分及以上的单位:{(overstated.Count == 0 ? "无" : string.Join("、", overstated.Select(u => $"<span data-unit=\"{E(u.Unit.Value)}\">{E(u.Name)}(自评{S(u.SelfEvaluated.Total)}分,核定{S(u.Evaluated.Total)}分)</span>")))}。</p>\n");
        sb.Append("</section>\n");
        return sb.ToString();
    }

    public static double Y(decimal score) => Top + Height * (1 - (double)score / 100.0);

    /// <summary>
    /// The notice of an assessment scored under <paramref name="rules"/>, each unit's deductions from <paramref name="lines"/>;
    /// with an evaluation, also the section 自评与核定对比 (self-evaluated against evaluated totals, the corrections and
    /// their notes); under its <paramref name="issue"/>'s number and date of issue, or, as a draft, marked 草稿 at its
    /// head and across every printed page.
    /// </summary>
    public static string Render(RuleSet rules, Assessment a, Explainer lines, NoticeBasis basis, EvaluationResult? evaluation = null, NoticeIssue? issue = null)
    {
        issue ??= NoticeIssue.Unissued;
        var decimals = rules.ScoreDecimals;
        string S(decimal score) => E(ResultWords.Score(score, decimals));
        var passLine = basis.PassLineText;
        var sb = new StringBuilder();
        sb.Append($$"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{Title(basis)}}</title>
<style>
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
h1 { text-align: center; font-size: 1.6em; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #999; padding: 0.25em 0.6em; text-align: center; }
tr.unqualified td { background: #fde2e2; }
tr.disqualified td { background: #eee; color: #777; }
tr.overstated td { background: #fff4e0; }
table.self-evaluation td, table.self-evaluation th { white-space: nowrap; }
table.self-evaluation td.corrections { white-space: normal; text-align: left; }
.correction { display: block; }
.callout { border-left: 4px solid #c00; padding: 0.3em 1em; background: #fff5f5; }
svg text { font-size: 12px; }
.bar.class_1 { fill: #2e7d32; } .bar.class_2 { fill: #1565c0; } .bar.unqualified { fill: #c62828; } .bar.disqualified { fill: #9e9e9e; }
.pass-line { stroke: #c00; stroke-dasharray: 6 3; } .class-boundary { stroke: #2e7d32; stroke-dasharray: 2 2; }
</style>
</head>
<body>
<h1>{{Title(basis)}}</h1>
""");
        sb.Append(IssueHead(issue));
        sb.Append(BasisLine(a, basis));
        foreach (var g in a.Groups)
        {
            sb.Append($"<section class=\"group\" data-group=\"{GroupId(g.Group)}\">\n<h2>{Labels.Group(g.Group)}(一类名额 {g.Class1Quota} 名)</h2>\n");
            sb.Append("<table class=\"ranking\"><thead><tr><th>名次</th><th>单位</th><th>代码</th><th>总分</th><th>等级</th><th>备注</th></tr></thead><tbody>\n");
            foreach (var u in g.Units)
                sb.Append($"<tr class=\"{ResultWords.GradeCode(u.Grade)}\" data-unit=\"{E(u.Unit.Value)}\" data-total=\"{S(u.Total)}\" data-grade=\"{ResultWords.GradeCode(u.Grade)}\"><td>{ResultWords.Rank(u.Rank)}</td><td>{E(u.Name)}</td><td>{E(u.Unit.Value)}</td><td>{S(u.Total)}</td><td>{Labels.Grade(u.Grade)}</td><td>{(u.TieUnresolved ? "并列,待领导小组裁定" : "")}</td></tr>\n");
            sb.Append("</tbody></table>\n");
            sb.Append(Chart(g, basis.PassLine, decimals));
            sb.Append("</section>\n");
        }

        // 通报批评 is the kernel's: every unit below the pass line, whether or not it also lost its ranking.
        var criticised = a.Criticised.ToHashSet();
        var unqualified = a.Groups.SelectMany(g => g.Units).Where(u => criticised.Contains(u.Unit)).ToList();
        var disqualified = a.Groups.SelectMany(g => g.Units).Where(u => u.Grade == Grade.Disqualified).ToList();
        sb.Append("<section class=\"callouts\">\n");
        sb.Append($"<p class=\"callout unqualified\">考核评分低于{E(passLine)}分、评为“不合格”并予通报批评的单位:{(unqualified.Count == 0 ? "无" : string.Join("、", unqualified.Select(u => $"<span data-unit=\"{E(u.Unit.Value)}\">{E(u.Name)}({S(u.Total)}分)</span>")))}。</p>\n");
        sb.Append($"<p class=\"callout disqualified\">违规违纪使用扶贫资金、取消年度考核排序资格的单位:{(disqualified.Count == 0 ? "无" : string.Join("、", disqualified.Select(u => $"<span data-unit=\"{E(u.Unit.Value)}\">{E(u.Name)}</span>")))}。</p>\n");
        sb.Append("</section>\n");

        if (evaluation is not null) sb.Append(Comparison(evaluation, decimals));

        sb.Append("<section class=\"deductions\">\n<h2>各单位扣分情况</h2>\n");
        foreach (var card in a.Cards)
        {
            sb.Append($"<h3 data-unit=\"{E(card.Unit.Value)}\">{E(card.Name)}({E(card.Unit.Value)}):{S(card.Total)} 分</h3>\n");
            var deductions = card.Indicators.SelectMany(i => lines.Lines(card.Unit, i.Indicator).Where(l => l.Deduction > Rational.Zero)).ToList();
            if (deductions.Count == 0) { sb.Append("<p>无扣分。</p>\n"); continue; }
            sb.Append($"<table class=\"unit-deductions\" data-unit=\"{E(card.Unit.Value)}\"><thead><tr><th>条款</th><th>评分标准</th><th>对象</th><th>目标</th><th>实际</th><th>扣分</th></tr></thead><tbody>\n");
            foreach (var l in deductions)
                sb.Append($"<tr><td>{E(l.ClauseId)}</td><td>{E(l.Words)}</td><td>{E(l.Subject)}</td><td>{E(Round(l.Target))}</td><td>{E(Round(l.Actual))}</td><td>{E(Round(l.Deduction))}</td></tr>\n");
            var capped = card.Indicators.Where(i => i.Capped).Select(i => $"{i.ClauseId} 扣分超过标准分,按 {DecimalParsing.Format(i.Standard)} 分封顶").ToList();
            sb.Append("</tbody></table>\n");
            foreach (var c in capped) sb.Append($"<p class=\"capped\">{E(c)}</p>\n");
        }
        sb.Append("</section>\n");
        sb.Append(IssueFoot(issue));
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The page's title: the assessment year's notice.</summary>
    private static string Title(NoticeBasis basis) => E($"{basis.Year}年衡阳市精准扶贫工作考核情况通报");

    /// <summary>What the scores follow: the rule set's document, the assessment year, the rule set and the pass line.</summary>
    private static string BasisLine(Assessment a, NoticeBasis basis) =>
        $"<p class=\"basis\" data-year=\"{basis.Year}\" data-document=\"{E(basis.DocumentNumber)}\">依据{E(basis.Citation)}({E(basis.Issued)}),按附件1量化考评表评分,考核年度 {basis.Year} 年。规则集 {E(a.RuleSetId)} 第{E(a.RuleSetVersion)}版;合格线 {E(basis.PassLineText)} 分。</p>\n";

    /// <summary>Under the title: 草稿 (a banner, and a mark fixed across the page, so printed on every page), or the document number.</summary>
    private static string IssueHead(NoticeIssue issue) =>
        (issue.Draft
            ? $"<div class=\"draft-watermark\" aria-hidden=\"true\" style=\"position:fixed;top:35%;left:0;right:0;text-align:center;font-size:120px;font-weight:bold;color:rgba(198,40,40,0.14);transform:rotate(-30deg);pointer-events:none;z-index:10\">草稿</div>\n" +
              $"<p class=\"draft-mark\" style=\"text-align:center;color:#c62828;font-weight:bold;border:2px solid #c62828;padding:0.3em\">{E(NoticeIssue.DraftMark)}:综合评定尚未审定,本通报不得印发</p>\n"
            : "")
        + (issue.Number.Length > 0 ? $"<p class=\"notice-number\" style=\"text-align:center\">{E(issue.Number)}</p>\n" : "");

    /// <summary>The issuing body and the date of issue, when the notice was published with one; then the chain head it
    /// was published on (the full value in <c>data-chain-head</c>).</summary>
    private static string IssueFoot(NoticeIssue issue) =>
        (issue.IssuedOn is null ? ""
            : $"<p class=\"issued-on\" style=\"text-align:right;margin-top:2em\">{E(NoticeDocument.IssuingBody)}<br>{E(issue.DateLine(0))}</p>\n")
        + (issue.ChainHead.Length == 0 ? ""
            : $"<p class=\"chain-head\" data-chain-head=\"{E(issue.ChainHead)}\" title=\"{E(issue.ChainHead)}\">{E(NoticeIssue.ChainHeadLine(issue.ChainHead))}</p>\n");

    private static string Chart(GroupRanking g, decimal passLine, int decimals)
    {
        var units = g.Units.ToList();
        var width = Left + units.Count * (BarWidth + Gap) + Gap;
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{Top + Height + 60}\" viewBox=\"0 0 {width} {Top + Height + 60}\" role=\"img\" aria-label=\"{Labels.Group(g.Group)}总分\">\n");
        for (var s = 0; s <= 100; s += 20)
            sb.Append($"<line x1=\"{Left - 4}\" x2=\"{width}\" y1=\"{N(Y(s))}\" y2=\"{N(Y(s))}\" stroke=\"#ddd\"/><text x=\"{Left - 8}\" y=\"{N(Y(s) + 4)}\" text-anchor=\"end\">{s}</text>\n");
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var total = u.Total;
            var written = E(ResultWords.Score(total, decimals));
            var x = Left + Gap + i * (BarWidth + Gap);
            sb.Append($"<rect class=\"bar {ResultWords.GradeCode(u.Grade)}\" data-unit=\"{E(u.Unit.Value)}\" data-total=\"{written}\" x=\"{x}\" y=\"{N(Y(total))}\" width=\"{BarWidth}\" height=\"{N(Height * (double)total / 100.0)}\"><title>{E(u.Name)} {written}</title></rect>\n");
            sb.Append($"<text x=\"{x + BarWidth / 2}\" y=\"{N(Y(total) - 4)}\" text-anchor=\"middle\">{written}</text>\n");
            sb.Append($"<text x=\"{x + BarWidth / 2}\" y=\"{Top + Height + 16}\" text-anchor=\"middle\">{E(u.Name)}</text>\n");
        }
        sb.Append($"<line class=\"pass-line\" data-score=\"{DecimalParsing.Format(passLine)}\" x1=\"{Left}\" x2=\"{width}\" y1=\"{N(Y(passLine))}\" y2=\"{N(Y(passLine))}\"/><text x=\"{width - 4}\" y=\"{N(Y(passLine) - 4)}\" text-anchor=\"end\" fill=\"#c00\">合格线 {DecimalParsing.Format(passLine)}</text>\n");
        var lastClass1 = units.Where(u => u.Grade == Grade.Class1).Select(u => u.Total).DefaultIfEmpty(-1m).Min();
        if (lastClass1 >= 0)
            sb.Append($"<line class=\"class-boundary\" data-score=\"{ResultWords.Score(lastClass1, decimals)}\" x1=\"{Left}\" x2=\"{width}\" y1=\"{N(Y(lastClass1))}\" y2=\"{N(Y(lastClass1))}\"/><text x=\"{width - 4}\" y=\"{N(Y(lastClass1) + 14)}\" text-anchor=\"end\" fill=\"#2e7d32\">一类线 {ResultWords.Score(lastClass1, decimals)}</text>\n");
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static string GroupId(AssessmentGroup group) => group switch
    {
        AssessmentGroup.CountiesAndCities => "counties_and_cities",
        AssessmentGroup.Districts => "districts",
    };

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A line's exact value to two places (a rate of 16.673243883… is 16.67).</summary>
    private static string Round(Rational exact) => Math.Round(ResultWords.Exact(exact.ToDecimal()), 2).ToString(CultureInfo.InvariantCulture);

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
