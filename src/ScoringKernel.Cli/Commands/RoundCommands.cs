using System.CommandLine;
using Google.Protobuf;
using ScoringKernel.Application.Rounds;
using ScoringKernel.Cli.Input;
using ScoringKernel.Store;
using ScoringKernel.Wire;
using ScoringKernel.Words;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Commands;

/// <summary>
/// <c>scoring round open|status|import|submit|department|finding|withdraw|evaluate|approve|reopen|publish|history|export</c>:
/// the year's round in a store (<c>--store</c>, default <c>rounds.db</c> in the data folder: <see cref="DataFolder"/>), through the
/// same <see cref="RoundService"/> the server answers with. The actor recorded is <c>--actor</c> (default
/// <c>cli:USER</c>); the command line holds every role, as the development profile does.
/// </summary>
public static class RoundCommands
{
    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithIndentation());

    public static Command Build(CliServices s)
    {
        var store = new Option<string>("--store") { Description = "The event store: sqlite:PATH (default rounds.db in the data folder) or \"postgres:Host=…\".", Recursive = true };
        var dataDir = new Option<string>("--data-dir") { Description = "The data folder of the default store (default $XDG_DATA_HOME/scoringkernel, ~/.local/share/scoringkernel).", Recursive = true };
        var actor = new Option<string>("--actor") { Description = "Who the events record (default cli:USER).", Recursive = true };
        var year = new Option<int>("--year") { Description = "The assessment year.", DefaultValueFactory = _ => 2015, Recursive = true };
        var round = new Command("round", "The year's round (考核年度): submissions, findings, approval and the notice, kept in a database.") { store, dataDir, actor, year };

        Command Sub<T>(string name, string description, Func<RoundService, RoundCaller, int, System.CommandLine.ParseResult, Task<LanguageExt.Either<RoundFailure, T>>> run, Action<T>? show = null, params Symbol[] symbols)
            where T : IMessage
        {
            var command = new Command(name, description);
            foreach (var symbol in symbols)
                switch (symbol)
                {
                    case Argument a: command.Arguments.Add(a); break;
                    case Option o: command.Options.Add(o); break;
                }
            command.SetAction(r =>
            {
                var opened = OpenStore(r.GetValue(store), r.GetValue(dataDir));
                using var closing = new Closing(opened);
                var service = new RoundService(opened, s.Scoring);
                var caller = RoundCaller.Development(r.GetValue(actor) is { Length: > 0 } a ? a : $"cli:{Environment.UserName}");
                var result = run(service, caller, r.GetValue(year), r).GetAwaiter().GetResult();
                var response = result.Match(x => x, failure => throw Failure(failure, s.Language));
                if (show is null) s.Terminal.Out.WriteLine(Json.Format(response));
                else show(response);
                return 0;
            });
            return command;
        }

        var file = new Argument<string>("FILE");
        var unit = new Argument<string>("UNIT") { Description = "The unit's code, e.g. 430423." };
        var etag = new Option<string>("--etag") { Description = "The etag as last read: the write is refused (ABORTED) if it has moved." };
        var ruleSet = new Option<string>("--rule-set") { Description = "The rule set (default: the loaded rule set whose year is the round's)." };
        var reason = new Option<string>("--reason") { Description = "Why.", Required = true };
        var digest = new Option<string>("--digest") { Description = "The evaluation's digest (the stamp's input_sha256) as shown by 'round evaluate'." };
        var output = new Option<string>("--output", "-o") { Description = "Write the file here instead of standard output." };
        var findingId = new Option<string>("--id") { Description = "The finding's id.", Required = true };
        var inspector = new Option<string>("--inspector") { Description = "Who found it.", Required = true };
        var historyUnit = new Option<string>("--unit") { Description = "Only this unit's events." };

        round.Subcommands.Add(Sub("open", "Open the year's round over the rule set's target table.",
            (r, c, y, p) => r.OpenRound(new P.OpenRoundRequest { Year = y, RuleSetId = p.GetValue(ruleSet) ?? "" }, c, s.Language), x => Status(s, x.Round), ruleSet));
        round.Subcommands.Add(Sub("status", "Units × sources: who gave what, when, and what is missing.",
            (r, c, y, _) => r.GetRound(new P.GetRoundRequest { Year = y }, c), x => Status(s, x.Round)));
        round.Subcommands.Add(Sub("import", "A figures workbook (.xlsx), an evaluation file (.json, an EvaluateRequest) or a round export (.json, a RoundExport) into the round, in one transaction.",
            (r, c, y, p) => r.ImportRound(ImportRequest(y, p.GetValue(file)!, p.GetValue(etag)), c, s.Language), x => { s.Terminal.Out.WriteLine($"imported {x.Events} events"); Status(s, x.Round); }, file, etag));
        round.Subcommands.Add(Sub("submit", "A unit's self-evaluation (UnitFigures JSON) submitted or replaced.",
            (r, c, y, p) => r.SubmitSelfEvaluation(new P.SubmitSelfEvaluationRequest { Year = y, UnitCode = p.GetValue(unit)!, Figures = JsonParser.Default.Parse<P.UnitFigures>(File.ReadAllText(p.GetValue(file)!)), Etag = p.GetValue(etag) ?? "" }, c, s.Language),
            null, unit, file, etag));
        round.Subcommands.Add(Sub("department", "A department's figures (DepartmentFigures JSON) for a unit.",
            (r, c, y, p) => r.SubmitDepartmentFigures(new P.SubmitDepartmentFiguresRequest { Year = y, UnitCode = p.GetValue(unit)!, Figures = JsonParser.Default.Parse<P.DepartmentFigures>(File.ReadAllText(p.GetValue(file)!)), Etag = p.GetValue(etag) ?? "" }, c, s.Language),
            null, unit, file, etag));
        round.Subcommands.Add(Sub("finding", "An inspector's finding (Finding JSON) on a unit.",
            (r, c, y, p) => r.RecordFinding(new P.RecordFindingRequest { Year = y, UnitCode = p.GetValue(unit)!, FindingId = p.GetValue(findingId)!, Inspector = p.GetValue(inspector)!, Finding = JsonParser.Default.Parse<P.Finding>(File.ReadAllText(p.GetValue(file)!)) }, c, s.Language),
            null, unit, file, findingId, inspector));
        round.Subcommands.Add(Sub("withdraw", "Withdraw a finding with a reason.",
            (r, c, y, p) => r.WithdrawFinding(new P.WithdrawFindingRequest { Year = y, FindingId = p.GetValue(findingId)!, Reason = p.GetValue(reason)!, Etag = p.GetValue(etag) ?? "" }, c, s.Language),
            null, findingId, reason, etag));
        round.Subcommands.Add(Sub("evaluate", "The comprehensive evaluation of the round's sources (the same as 'scoring evaluate' on them).",
            (r, c, y, _) => r.EvaluateRound(new P.EvaluateRoundRequest { Year = y }, c, s.Language),
            x => s.Terminal.Out.WriteLine($"evaluation of round etag {x.Etag}: inputs sha256 {x.Evaluation.Stamp.InputSha256}, kernel {x.Evaluation.Stamp.KernelVersion}; " +
                string.Join(", ", x.Evaluation.Assessment.ScoreCards.Select(u => $"{u.UnitCode} {u.Total}")))));
        round.Subcommands.Add(Sub("approve", "The Leading Group approves (审定) the evaluation with this digest.",
            (r, c, y, p) => r.ApproveRound(new P.ApproveRoundRequest { Year = y, EvaluationDigest = p.GetValue(digest) ?? "", Etag = p.GetValue(etag) ?? "" }, c, s.Language), x => Status(s, x.Round), digest, etag));
        round.Subcommands.Add(Sub("reopen", "The office reopens an approved round with a reason.",
            (r, c, y, p) => r.ReopenRound(new P.ReopenRoundRequest { Year = y, Reason = p.GetValue(reason)!, Etag = p.GetValue(etag) ?? "" }, c, s.Language), x => Status(s, x.Round), reason, etag));
        var noticeNumber = new Option<string>("--notice-number") { Description = "The notice's document number (文号), e.g. 衡贫发〔2016〕3号.", Required = true };
        var issuedOn = new Option<string>("--issued-on") { Description = "The notice's date of issue (印发日期), YYYY-MM-DD.", Required = true };
        var closeReason = new Option<string>("--reason") { Description = "Why (optional)." };
        round.Subcommands.Add(Sub("publish", "The Leading Group publishes the notice of the approved evaluation under its 文号 and 印发日期.",
            (r, c, y, p) => r.PublishNotice(new P.PublishNoticeRequest
            {
                Year = y, EvaluationDigest = p.GetValue(digest) ?? "", Etag = p.GetValue(etag) ?? "",
                NoticeNumber = p.GetValue(noticeNumber) ?? "", IssuedOn = p.GetValue(issuedOn) ?? "",
            }, c, s.Language), x => Status(s, x.Round), digest, etag, noticeNumber, issuedOn));
        round.Subcommands.Add(Sub("close-submissions", "The office closes submissions (报送截止): sources frozen until reopened; approval goes on.",
            (r, c, y, p) => r.CloseSubmissions(new P.CloseSubmissionsRequest { Year = y, Reason = p.GetValue(closeReason) ?? "", Etag = p.GetValue(etag) ?? "" }, c, s.Language), x => Status(s, x.Round), closeReason, etag));
        round.Subcommands.Add(Sub("reopen-submissions", "The office reopens the submissions it closed, with a reason.",
            (r, c, y, p) => r.ReopenSubmissions(new P.ReopenSubmissionsRequest { Year = y, Reason = p.GetValue(reason)!, Etag = p.GetValue(etag) ?? "" }, c, s.Language), x => Status(s, x.Round), reason, etag));
        round.Subcommands.Add(Sub("history", "Every event: who, when, and each figure before → after.",
            (r, c, y, p) => r.ListRoundEvents(new P.ListRoundEventsRequest { Year = y, UnitCode = p.GetValue(historyUnit) ?? "" }, c, s.Language),
            x =>
            {
                foreach (var e in x.Entries)
                {
                    s.Terminal.Out.WriteLine($"{e.Version,4}  {e.Event.Mark.Time.ToDateTimeOffset():yyyy-MM-dd HH:mm:ss}Z  {e.Summary}");
                    foreach (var c in e.Changes)
                        s.Terminal.Out.WriteLine($"        {c.UnitCode} {c.Label} ({c.Source}): {(c.Before.Length == 0 ? "—" : c.Before)} → {(c.After.Length == 0 ? "—" : c.After)}");
                }
            }, historyUnit));
        round.Subcommands.Add(Sub("export", "The whole round as one file (a RoundExport, proto3 JSON): 'round import' puts it into another store with the same digest.",
            (r, c, y, _) => r.ExportRound(new P.ExportRoundRequest { Year = y }, c),
            x => { }, output));
        // export writes its file itself: the action above only prints when no --output is given.
        var export = round.Subcommands.Single(c => c.Name == "export");
        export.SetAction(r =>
        {
            var opened = OpenStore(r.GetValue(store), r.GetValue(dataDir));
            using var closing = new Closing(opened);
                var service = new RoundService(opened, s.Scoring);
            var caller = RoundCaller.Development(r.GetValue(actor) is { Length: > 0 } a ? a : $"cli:{Environment.UserName}");
            var response = service.ExportRound(new P.ExportRoundRequest { Year = r.GetValue(year) }, caller).GetAwaiter().GetResult()
                .Match(x => x, failure => throw Failure(failure, s.Language));
            var text = Json.Format(response.Export);
            if (r.GetValue(output) is { Length: > 0 } path)
            {
                File.WriteAllText(path, text + "\n");
                s.Terminal.Out.WriteLine($"exported {response.Export.Events.Count} events of round {response.Export.Year} to {path} (evaluation digest {response.Export.EvaluationDigest})");
            }
            else s.Terminal.Out.WriteLine(text);
            return 0;
        });
        round.Subcommands.Add(Verify(s, store, dataDir, actor, year));
        round.Subcommands.Add(Notice(s, store, dataDir, actor, year));
        return round;
    }

    /// <summary>
    /// <c>scoring round verify [EXPORT.json]</c>: the round's hash chain recomputed, from the store (<c>--store</c>,
    /// <c>--year</c>) or from an export file, and the verdict in Chinese and English: intact (events, head) or the first
    /// bad event. Exit 0 when intact, 1 when broken.
    /// </summary>
    private static Command Verify(CliServices s, Option<string> store, Option<string> dataDir, Option<string> actor, Option<int> year)
    {
        var file = new Argument<string>("EXPORT") { Description = "A round export (.json) to verify instead of the store.", Arity = ArgumentArity.ZeroOrOne };
        var verify = new Command("verify", "Recompute the round's hash chain (from the store, or from an export file) and say whether it is intact or where it breaks; exit 1 when broken.") { file };
        verify.SetAction(r =>
        {
            var verdicts = new List<P.VerifyRoundResponse>();
            if (r.GetValue(file) is { Length: > 0 } path)
            {
                var export = JsonParser.Default.Parse<P.RoundExport>(File.ReadAllText(path));
                var verdict = RoundExports.Verify(export);
                verdicts.AddRange(new[] { Language.ZhCn, Language.En }.Select(l => RoundExports.Verdict(export.Year, export.Chain.Count, verdict, l)));
                if (export.Signature.Length > 0)
                    s.Terminal.Out.WriteLine(RoundSigning.Valid(export)
                        ? $"签名有效 / signature valid (key sha256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Convert.FromBase64String(export.SignerPublicKey)))[..16]}…)"
                        : "签名无效 / signature INVALID");
                else s.Terminal.Out.WriteLine("未签名 / unsigned");
            }
            else
            {
                var opened = OpenStore(r.GetValue(store), r.GetValue(dataDir));
                using var closing = new Closing(opened);
                var service = new RoundService(opened, s.Scoring);
                var caller = RoundCaller.Development(r.GetValue(actor) is { Length: > 0 } a ? a : $"cli:{Environment.UserName}");
                foreach (var language in new[] { Language.ZhCn, Language.En })
                    verdicts.Add(service.VerifyRound(new P.VerifyRoundRequest { Year = r.GetValue(year) }, caller, language).GetAwaiter().GetResult()
                        .Match(x => x, failure => throw Failure(failure, s.Language)));
            }
            foreach (var v in verdicts) s.Terminal.Out.WriteLine(v.Summary);
            return verdicts[0].Intact ? 0 : 1;
        });
        return verify;
    }

    /// <summary><c>scoring round notice --out FILE.docx</c>: the notice of the round's evaluation, with the chain head
    /// of its publication (the current head while it is not published).</summary>
    private static Command Notice(CliServices s, Option<string> store, Option<string> dataDir, Option<string> actor, Option<int> year)
    {
        var output = new Option<string>("--out") { Required = true, Description = "Where to write the notice (.docx)." };
        var notice = new Command("notice", "Write the notice (.docx) of the round's evaluation, with the history's chain head printed on it.") { output };
        notice.SetAction(r =>
        {
            var opened = OpenStore(r.GetValue(store), r.GetValue(dataDir));
            using var closing = new Closing(opened);
            var service = new RoundService(opened, s.Scoring);
            var caller = RoundCaller.Development(r.GetValue(actor) is { Length: > 0 } a ? a : $"cli:{Environment.UserName}");
            var round = service.GetRound(new P.GetRoundRequest { Year = r.GetValue(year) }, caller).GetAwaiter().GetResult()
                .Match(x => x.Round, failure => throw Failure(failure, s.Language));
            var state = service.Load(r.GetValue(year)).GetAwaiter().GetResult().State;
            var evaluated = new RoundEvaluation(s.Scoring).Of(state).Match(x => x, failure => throw Failure(failure, s.Language));
            var basis = s.Scoring.NoticeBasis(evaluated.Rules.Id) ?? Files.Notice.NoticeBasis.Of(evaluated.Rules);
            var head = round.Publication?.ChainHead is { Length: > 0 } published ? published : round.ChainHead;
            var path = r.GetValue(output)!;
            File.WriteAllBytes(path, Files.Notice.NoticeDocument.WithChainHead(Files.Notice.NoticeDocument.Write(evaluated.Rules, evaluated.Result.Assessment, basis, evaluated.Result), head));
            s.Terminal.Out.WriteLine($"wrote {path} (chain head {head})");
            return 0;
        });
        return notice;
    }

    /// <summary>The store --store names, or rounds.db in the data folder; a store that does not open is exit 2 in Chinese and English.</summary>
    private static SqlEventStore OpenStore(string? setting, string? dataDir)
    {
        try { return Application.Setup.SetupStore.Open(setting, DataFolder.Resolve(dataDir)); }
        catch (Application.Setup.SetupMistake mistake) { throw CliFailure.Of(mistake); }
    }

    /// <summary>Closes the store when the command ends (the command actions are synchronous).</summary>
    private sealed class Closing(SqlEventStore store) : IDisposable
    {
        public void Dispose() => store.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static P.ImportRoundRequest ImportRequest(int year, string path, string? etag)
    {
        var request = new P.ImportRoundRequest { Year = year, Etag = etag ?? "" };
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            request.FiguresWorkbook = ByteString.CopyFrom(File.ReadAllBytes(path));
            return request;
        }
        var text = File.ReadAllText(path);
        using var document = System.Text.Json.JsonDocument.Parse(text);
        if (document.RootElement.TryGetProperty("events", out _))
            request.RoundExport = JsonParser.Default.Parse<P.RoundExport>(text);
        else
            request.Evaluation = JsonParser.Default.Parse<P.EvaluateRequest>(text);
        return request;
    }

    private static CliFailure Failure(RoundFailure failure, Language language) =>
        new(failure is RoundFailure.Invalid ? CliFailure.InvalidInput : CliFailure.Other,
            failure.Problems.Map(p => ProblemWords.Sentence(p, language)).Strict());

    private static void Status(CliServices s, P.Round round)
    {
        var o = s.Terminal.Out;
        o.WriteLine($"{round.Name}  etag {round.Etag}  {round.Status}  rule set {round.RuleSet?.Id}@{round.RuleSet?.Version}");
        if (round.Approval is { } a) o.WriteLine($"approved {a.EvaluationDigest} by {a.Approved.Actor} at {a.Approved.Time.ToDateTimeOffset():u}");
        if (round.Publication is { } p) o.WriteLine($"published {p.EvaluationDigest} by {p.Approved.Actor} at {p.Approved.Time.ToDateTimeOffset():u}");
        foreach (var u in round.Units)
        {
            var self = u.SelfEvaluation.Version == 0 ? "自评 —" : $"自评 v{u.SelfEvaluation.Version} {u.SelfEvaluation.Submitted.Actor} {u.SelfEvaluation.Submitted.Time.ToDateTimeOffset():u}";
            o.WriteLine($"  {u.UnitCode} {u.UnitName}  {self}  departments {u.Departments.Count}  findings {u.Findings}  missing: {(u.Missing.Count == 0 ? "—" : string.Join(", ", u.Missing))}");
        }
        foreach (var r in round.Reopenings) o.WriteLine($"reopened by {r.Reopened.Actor}: {r.Reason}");
    }
}
