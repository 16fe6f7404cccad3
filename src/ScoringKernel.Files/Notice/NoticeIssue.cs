using System.Globalization;

namespace ScoringKernel.Files.Notice;

/// <summary>
/// What a notice is issued as: its document number (文号) and date of issue (印发日期) as the Leading Group entered them
/// at publication, or placeholders (衡贫发〔2016〕X号, 2016年X月X日) for the office to fill; and whether it is a draft
/// (草稿: the evaluation is not approved yet), marked so on every page.
/// </summary>
public sealed record NoticeIssue(string Number, DateOnly? IssuedOn, bool Draft)
{
    /// <summary>Not published and not a draft: the placeholders.</summary>
    public static readonly NoticeIssue Unissued = new("", null, false);

    public const string DraftMark = "草稿(未经领导小组审定)";

    /// <summary>
    /// The round's chain head the publication stands on (empty: none printed). Printed at the notice's end as
    /// <see cref="ChainHeadLine"/>, the full value in the document's properties, so anyone holding the notice can check
    /// the history behind it with <c>scoring round verify</c>.
    /// </summary>
    public string ChainHead { get; init; } = "";

    /// <summary>The line a notice prints its chain head on: the first 16 digits.</summary>
    public static string ChainHeadLine(string head) => $"历史记录链头(SHA-256):{(head.Length > 16 ? head[..16] + "…" : head)}";

    /// <summary>The number under the mark: the one entered, or the placeholder of the year after the assessment year.</summary>
    public string NumberLine(int year) => Number.Length > 0 ? Number : $"衡贫发〔{year + 1}〕X号";

    /// <summary>The date under the signature: the date of issue entered, or the placeholder.</summary>
    public string DateLine(int year) => IssuedOn is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日")
        : string.Create(CultureInfo.InvariantCulture, $"{year + 1}年X月X日");
}
