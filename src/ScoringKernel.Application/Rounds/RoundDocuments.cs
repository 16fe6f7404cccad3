using System.Globalization;
using LanguageExt;
using ScoringKernel.Application.Scoring;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Round;
using ScoringKernel.Files.Notice;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Words;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application.Rounds;

/// <summary>A document of a round as served: its bytes, media type and file name.</summary>
public sealed record RoundDocument(byte[] Bytes, string ContentType, string FileName);

/// <summary>
/// The documents of a round (<c>GET /v1/rounds/{year}/documents/{name}</c>): the notice (.docx and .html), the result
/// workbook and the evaluation workbook, each written by the files' own writers from the round's evaluation — the one
/// the Leading Group approved, under the 文号 and 印发日期 it published with; before approval the current evaluation,
/// marked 草稿 on every page. Nothing to serve (no round, no evaluation yet) is refused in words.
/// </summary>
public sealed class RoundDocuments(RoundService rounds, ScoringApi scoring)
{
    private readonly RoundEvaluation evaluation = new(scoring);

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Html = "text/html; charset=utf-8";

    /// <summary>The names a round's documents are served under.</summary>
    public static readonly IReadOnlyList<string> Names = ["notice.docx", "notice.html", "results.xlsx", "evaluation.xlsx"];

    public async Task<Either<RoundFailure, RoundDocument>> Get(int year, string name, RoundCaller caller, Language language = Languages.Default, CancellationToken ct = default)
    {
        if (RoundAccess.Refusal(caller, RoundOperation.ReadDocuments).Case is RoundFailure denied) return denied;
        if (year is < RoundService.MinYear or > RoundService.MaxYear)
            return new RoundFailure.Invalid(Seq1(Problem.Of(new ValueReason.OutOfRange(year, RoundService.MinYear, RoundService.MaxYear)).Under(RoundSteps.Year)));
        if (!Names.Contains(name))
            return new RoundFailure.Missing(Problem.Of(new ValueReason.UnknownChoice(name, string.Join(", ", Names))).Under(new Step.Wire("name")));
        var loaded = await rounds.Load(year, ct);
        if (!loaded.Exists) return new RoundFailure.Missing(Problem.Of(new RoundReason.DocumentUnavailable(year, "round")));
        var state = loaded.State;
        return evaluation.Of(state)
            .MapLeft(f => (RoundFailure)new RoundFailure.Refused(Problem.Of(new RoundReason.DocumentUnavailable(year, "evaluation")).Cons(f.Problems)))
            .Bind(e => Approved(state, e).Map(approved => Write(name, year, e, Issue(loaded, approved))));
    }

    /// <summary>
    /// Whether the evaluation is the approved one. While approved no source changes, so the round's evaluation is the
    /// one approved; a digest that differs (the server's rule set changed under the round) is refused, not served.
    /// </summary>
    private static Either<RoundFailure, bool> Approved(RoundState state, Evaluated e) =>
        state.Approval.Match<Either<RoundFailure, bool>>(
            a => a.EvaluationDigest == e.Stamp.InputSha256
                ? true
                : new RoundFailure.Refused(Seq1(Problem.Of(new RoundReason.StaleDigest(a.EvaluationDigest, e.Stamp.InputSha256)))),
            () => false);

    /// <summary>The notice's number, date and the chain head it stands on, as published; before approval, a draft.</summary>
    private static NoticeIssue Issue(LoadedRound loaded, bool approved) =>
        loaded.State.Publication.Match(
            p => new NoticeIssue(p.NoticeNumber, p.IssuedOn.Match(d => (DateOnly?)d, () => null), Draft: false) { ChainHead = loaded.PublicationHead },
            () => NoticeIssue.Unissued with { Draft = !approved });

    private RoundDocument Write(string name, int year, Evaluated e, NoticeIssue issue)
    {
        var mark = issue.Draft ? NoticeIssue.DraftMark : null;
        var stem = string.Create(CultureInfo.InvariantCulture, $"{year}-") + (issue.Draft ? "draft-" : "");
        var a = e.Result.Assessment;
        var basis = scoring.NoticeBasis(a.RuleSetId) ?? NoticeBasis.Of(e.Rules);
        return name switch
        {
            "notice.docx" => new(NoticeDocument.Write(e.Rules, a, basis, e.Result, issue), Docx, stem + "notice.docx"),
            "notice.html" => new(System.Text.Encoding.UTF8.GetBytes(NoticeReport.Render(e.Rules, a, e.Resolved, basis, e.Result, issue)), Html, stem + "notice.html"),
            "results.xlsx" => new(ResultWorkbook.Write(e.Rules, a, e.Resolved, basis, mark), Xlsx, stem + "results.xlsx"),
            "evaluation.xlsx" => new(EvaluationWorkbook.Write(e.Rules, e.Result, e.Resolved, basis, mark), Xlsx, stem + "evaluation.xlsx"),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "checked against Names"),
        };
    }
}
