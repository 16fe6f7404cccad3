using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using Google.Protobuf;
using ScoringKernel.Application.Rounds;
using ScoringKernel.Core.Problems;
using ScoringKernel.Store;
using ScoringKernel.Words;
using Xunit;
using P = ScoringKernel.Contracts.V1;
using static ScoringKernel.Rounds.Tests.RoundExamples;

namespace ScoringKernel.Rounds.Tests;

/// <summary>The round's hash chain, its verification, and exports restored: the same tests on every store.</summary>
public abstract partial class RoundServiceContract
{
    /// <summary>Runs <paramref name="sql"/> on the database <paramref name="setting"/> names, its append-only triggers dropped first.</summary>
    protected abstract Task Tamper(string setting, string sql);

    private static readonly RoundCaller Admin = new(new Core.Round.Actor("CN=admin"), new HashSet<string> { "admin" });

    /// <summary>A published round of 2015: opening, the example's 18 events, approval, publication (21 events).</summary>
    private static async Task<string> Published(RoundService rounds)
    {
        await Opened(rounds);
        await Import(rounds, Evaluation);
        var digest = (await rounds.EvaluateRound(new P.EvaluateRoundRequest { Year = 2015 }, Office)).Ok().Evaluation.Stamp.InputSha256;
        (await rounds.ApproveRound(new P.ApproveRoundRequest { Year = 2015, EvaluationDigest = digest }, LeadingGroup)).Ok();
        (await rounds.PublishNotice(new P.PublishNoticeRequest { Year = 2015, EvaluationDigest = digest, NoticeNumber = "衡贫发〔2016〕3号", IssuedOn = "2016-03-15" }, LeadingGroup)).Ok();
        return digest;
    }

    public static TheoryData<string, string, long, string> Tamperings => new()
    {
        { "payload", "UPDATE events SET payload = replace(payload, 'CN=office', 'CN=forger') WHERE stream = 'round-2015' AND version = 3", 3, "HASH_MISMATCH" },
        { "actor", "UPDATE events SET actor = 'CN=forger' WHERE stream = 'round-2015' AND version = 3", 3, "HASH_MISMATCH" },
        { "delete", "DELETE FROM events WHERE stream = 'round-2015' AND version = 3", 3, "MISSING" },
        // An event slipped in at 3: the later ones moved up one, a copy of event 2 put in the gap.
        { "insert", "UPDATE events SET version = version + 1000 WHERE stream = 'round-2015' AND version >= 3; " +
                    "UPDATE events SET version = version - 999 WHERE stream = 'round-2015' AND version >= 1003; " +
                    "INSERT INTO events (stream, version, type, payload, recorded_at, actor, hash) " +
                    "SELECT stream, 3, type, payload, recorded_at, actor, hash FROM events WHERE stream = 'round-2015' AND version = 2", 3, "HASH_MISMATCH" },
        { "reorder", "UPDATE events SET version = 1003 WHERE stream = 'round-2015' AND version = 3; " +
                     "UPDATE events SET version = 3 WHERE stream = 'round-2015' AND version = 4; " +
                     "UPDATE events SET version = 4 WHERE stream = 'round-2015' AND version = 1003", 3, "HASH_MISMATCH" },
        { "truncate", "DELETE FROM events WHERE stream = 'round-2015' AND version > 10", 11, "TRUNCATED" },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task A_history_changed_in_the_database_is_found_at_the_first_bad_event_and_the_round_takes_no_write(string what, string sql, long firstBad, string fault)
    {
        var setting = NewDatabase();
        var (store, rounds) = Open(setting);
        await Published(rounds);
        var intact = (await rounds.VerifyRound(new P.VerifyRoundRequest { Year = 2015 }, Office)).Ok();
        Assert.True(intact.Intact, what);
        Assert.Equal(21, intact.Events);
        await store.DisposeAsync();

        await Tamper(setting, sql);

        var (reopened, server) = Open(setting);
        await using var _ = reopened;
        var count = (await reopened.ReadStreamAsync("round-2015")).Count;
        // Reads answer where it breaks; writes are refused and write nothing.
        var read = (await server.GetRound(new P.GetRoundRequest { Year = 2015 }, Office)).Fails();
        var problem = Assert.Single(read.Problems);
        Assert.Equal("ROUND_CHAIN_BROKEN", problem.Reason.Code);
        Assert.Contains($"第 {firstBad} 条记录", ProblemWords.Sentence(problem, Language.ZhCn));
        Assert.Contains($"breaks at event {firstBad} ", ProblemWords.Sentence(problem, Language.En));
        var write = (await server.ReopenRound(new P.ReopenRoundRequest { Year = 2015, Reason = "改" }, Office)).Fails();
        Assert.Equal("ROUND_CHAIN_BROKEN", write.Problems.Head.Reason.Code);
        Assert.Equal(count, (await reopened.ReadStreamAsync("round-2015")).Count);
        Assert.Equal(1, server.ChainBreaks);
        var verdict = (await server.VerifyRound(new P.VerifyRoundRequest { Year = 2015 }, Office, Language.En)).Ok();
        Assert.False(verdict.Intact);
        Assert.Equal(firstBad, verdict.FirstBadVersion);
        Assert.Equal(fault, verdict.Fault);
        Assert.Contains($"breaks at event {firstBad} ", verdict.Summary);
    }

    [Fact]
    public async Task An_untouched_round_verifies_and_its_notice_shows_the_head_verify_recomputes()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        await Published(rounds);
        var verdict = (await rounds.VerifyRound(new P.VerifyRoundRequest { Year = 2015 }, Office, Language.ZhCn)).Ok();
        Assert.True(verdict.Intact);
        Assert.Equal(21, verdict.Events);
        Assert.Equal($"2015 年度考核的历史记录完整:共 21 条记录,链头 {verdict.ChainHead}", verdict.Summary);
        // Recomputed by hand from the rows: the same head.
        var rows = await store.ReadStreamAsync("round-2015");
        var head = rows.Aggregate("", (previous, e) => EventChain.Hash(previous, e.Stream, e.Version, e.Type, e.Actor, e.RecordedAt, e.Payload));
        Assert.Equal(head, verdict.ChainHead);

        var round = (await rounds.GetRound(new P.GetRoundRequest { Year = 2015 }, Office)).Ok().Round;
        Assert.Equal(head, round.ChainHead);
        Assert.Equal(head, round.Publication.ChainHead);
        Assert.Equal(rows[19].Hash, round.Approval.ChainHead);
        // The approval and publication events name the head they stand on; every evaluation's stamp the current head.
        Assert.Equal(rows[18].Hash, JsonParser.Default.Parse<P.RoundEvent>(rows[19].Payload).EvaluationApproved.ChainHead);
        Assert.Equal(rows[19].Hash, JsonParser.Default.Parse<P.RoundEvent>(rows[20].Payload).NoticePublished.ChainHead);
        var evaluation = (await rounds.EvaluateRound(new P.EvaluateRoundRequest { Year = 2015 }, Office)).Ok().Evaluation;
        Assert.Equal(head, evaluation.Stamp.RoundChainHead);

        var evaluated = new RoundEvaluation(Scoring).Of((await rounds.Load(2015)).State).Match(e => e, f => throw new InvalidOperationException(f.ToString()));
        var notice = Files.Notice.NoticeDocument.WithChainHead(Files.Notice.NoticeDocument.Write(evaluated.Rules, evaluated.Result.Assessment, Files.Notice.NoticeBasis.Of(evaluated.Rules), evaluated.Result), round.Publication.ChainHead);
        using var document = WordprocessingDocument.Open(new MemoryStream(notice), false);
        Assert.Equal(head, document.PackageProperties.Identifier);
        Assert.Contains($"历史记录链头(SHA-256):{head[..16]}…", document.MainDocumentPart!.Document.Body!.InnerText);
    }

    private static async Task<P.RoundExport> PublishedExport(RoundService rounds)
    {
        await Published(rounds);
        return (await rounds.ExportRound(new P.ExportRoundRequest { Year = 2015 }, Office)).Ok().Export;
    }

    /// <summary>The export with its events replaced: as an unsigned file someone wrote.</summary>
    private static P.RoundExport Forged(P.RoundExport export, IEnumerable<P.RoundEvent> events)
    {
        var forged = new P.RoundExport { Year = export.Year, KernelVersion = export.KernelVersion };
        forged.Events.AddRange(events.Select(e => e.Clone()));
        return forged;
    }

    private static P.RoundEvent Approval(string digest, string actor) => new()
    {
        Mark = new P.RoundMark { Actor = actor, Time = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2016, 1, 20, 9, 0, 0, TimeSpan.Zero)) },
        EvaluationApproved = new P.EvaluationApprovedEvent { EvaluationDigest = digest },
    };

    private static P.RoundEvent Publication(string digest, string actor) => new()
    {
        Mark = new P.RoundMark { Actor = actor, Time = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2016, 1, 21, 9, 0, 0, TimeSpan.Zero)) },
        NoticePublished = new P.NoticePublishedEvent { EvaluationDigest = digest },
    };

    [Fact]
    public async Task A_forged_export_is_refused_whole_naming_the_event_the_decider_would_not_have_given()
    {
        var (source, rounds) = Open();
        await using var _ = source;
        var export = await PublishedExport(rounds);
        var events = export.Events.ToList();
        var opening = events[0];
        var twice = opening.Clone();
        twice.Opened.UnitCodes.Add(twice.Opened.UnitCodes[0]);
        var cases = new (string What, P.RoundExport File, int Event, string Reason)[]
        {
            ("a bogus approval", Forged(export, [opening, Approval("bogus", "leading-group")]), 2, "SELF_EVALUATIONS_MISSING"),
            ("the real history with a forged approval", Forged(export, events.Take(19).Append(Approval("bogus", "leading-group")).Append(Publication("bogus", "leading-group"))), 20, "STALE_DIGEST"),
            ("a publication of a digest not approved", Forged(export, events.Take(20).Append(Publication("bogus", "leading-group"))), 21, "DIGEST_NOT_APPROVED"),
            ("two openings", Forged(export, [opening, opening]), 2, "ROUND_ALREADY_OPEN"),
            ("a unit listed twice", Forged(export, [twice]), 1, "UNIT_LISTED_TWICE"),
        };
        foreach (var (what, file, index, reason) in cases)
        {
            var (store, target) = Open();
            await using var __ = store;
            var refused = (await target.ImportRound(new P.ImportRoundRequest { Year = 2015, RoundExport = file }, Admin)).Fails();
            Assert.Equal("EXPORT_EVENT_REFUSED", refused.Problems.Head.Reason.Code);
            Assert.Contains($"event {index} ", ProblemWords.Sentence(refused.Problems.Head, Language.En));
            Assert.Contains(refused.Problems, p => p.Reason.Code == reason);
            Assert.True(await store.CurrentVersionAsync("round-2015") == 0, what);
        }
    }

    [Fact]
    public async Task A_legacy_export_whose_notice_has_no_number_or_date_of_issue_is_replayed_as_published()
    {
        var (source, rounds) = Open();
        await using var _ = source;
        var export = await PublishedExport(rounds);
        var events = export.Events.ToList();
        // As a round published before it kept 文号 and 印发日期 wrote its publication.
        var legacy = Publication(events[20].NoticePublished.EvaluationDigest, "CN=leading-group");
        Assert.Equal(("", ""), (legacy.NoticePublished.NoticeNumber, legacy.NoticePublished.IssuedOn));
        var (store, target) = Open();
        await using var __ = store;
        var imported = (await target.ImportRound(new P.ImportRoundRequest { Year = 2015, RoundExport = Forged(export, events.Take(20).Append(legacy)) }, Admin)).Ok();
        Assert.Equal(21, imported.Events);
        Assert.Equal(P.RoundStatus.Published, imported.Round.Status);
        Assert.Equal((events[20].NoticePublished.EvaluationDigest, "", ""),
            (imported.Round.Publication.EvaluationDigest, imported.Round.Publication.NoticeNumber, imported.Round.Publication.IssuedOn));
        // A new publication still needs both: the date at the service, the number at the decider.
        var (fresh, again) = Open();
        await using var ___ = fresh;
        await Opened(again);
        await Import(again, Evaluation);
        var digest = (await again.EvaluateRound(new P.EvaluateRoundRequest { Year = 2015 }, Office)).Ok().Evaluation.Stamp.InputSha256;
        (await again.ApproveRound(new P.ApproveRoundRequest { Year = 2015, EvaluationDigest = digest }, LeadingGroup)).Ok();
        var undated = (await again.PublishNotice(new P.PublishNoticeRequest { Year = 2015, EvaluationDigest = digest, NoticeNumber = "衡贫发〔2016〕3号" }, LeadingGroup)).Fails();
        Assert.Equal("VALUE_REQUIRED", undated.Problems.Head.Reason.Code);
        Assert.Contains(RoundSteps.IssuedOn, undated.Problems.Head.At.Steps);
        Assert.Equal("issued_on", Wire.ProblemPaths.Of(undated.Problems.Head));
        var unnumbered = (await again.PublishNotice(new P.PublishNoticeRequest { Year = 2015, EvaluationDigest = digest, IssuedOn = "2016-03-15" }, LeadingGroup)).Fails();
        Assert.Equal("NOTICE_NUMBER_REQUIRED", unnumbered.Problems.Head.Reason.Code);
    }

    [Fact]
    public async Task An_unsigned_export_records_the_importer_with_the_original_actor_as_a_claim_and_restoring_needs_admin()
    {
        var (source, rounds) = Open();
        await using var _ = source;
        var export = await PublishedExport(rounds);
        var (store, target) = Open();
        await using var __ = store;
        var denied = (await target.ImportRound(new P.ImportRoundRequest { Year = 2015, RoundExport = export }, new RoundCaller(new Core.Round.Actor("CN=office"), new HashSet<string> { "office" }))).Fails();
        Assert.Equal("admin", Assert.IsType<RoundFailure.Denied>(denied).Role);
        var imported = (await target.ImportRound(new P.ImportRoundRequest { Year = 2015, RoundExport = export }, Admin)).Ok();
        Assert.Equal(P.RoundStatus.Published, imported.Round.Status);
        Assert.Equal("CN=admin", imported.Round.Approval.Approved.Actor);
        var stored = await store.ReadStreamAsync("round-2015");
        Assert.All(stored, e => Assert.Equal("CN=admin", e.Actor));
        var approval = JsonParser.Default.Parse<P.RoundEvent>(stored[19].Payload);
        Assert.Equal("CN=leading-group", approval.Mark.ClaimedActor);
        Assert.Equal(export.Events[19].Mark.Time, approval.Mark.ClaimedTime);
        Assert.True((await target.VerifyRound(new P.VerifyRoundRequest { Year = 2015 }, Admin)).Ok().Intact);
    }

    [Fact]
    public async Task A_signed_export_from_a_trusted_server_keeps_its_actors_times_and_chain_and_a_changed_one_is_refused()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var publicPem = key.ExportSubjectPublicKeyInfoPem();
        var (source, _) = Open();
        await using var closing = source;
        var rounds = new RoundService(source, Scoring) { Signing = new RoundSigning(key, []) };
        var export = await PublishedExport(rounds);
        Assert.NotEmpty(export.Signature);
        Assert.True(RoundExports.Verify(export) is ChainVerdict.Intact);

        var (store, _) = Open();
        await using var closing2 = store;
        var trusting = new RoundService(store, Scoring) { Signing = RoundSigning.FromPem(null, [publicPem]) };
        var imported = (await trusting.ImportRound(new P.ImportRoundRequest { Year = 2015, RoundExport = export }, Admin)).Ok();
        Assert.Equal("CN=leading-group", imported.Round.Approval.Approved.Actor);
        Assert.Equal(export.ChainHead, imported.Round.ChainHead);
        Assert.Equal((await rounds.Load(2015)).State, (await trusting.Load(2015)).State);

        // Trusted key, but an actor changed after signing: the chain no longer gives the signed head.
        var changed = export.Clone();
        changed.Chain[19].Actor = "CN=someone-else";
        var (other, _) = Open();
        await using var closing3 = other;
        var refusing = new RoundService(other, Scoring) { Signing = RoundSigning.FromPem(null, [publicPem]) };
        var refused = (await refusing.ImportRound(new P.ImportRoundRequest { Year = 2015, RoundExport = changed }, Admin)).Fails();
        Assert.Equal("ROUND_CHAIN_BROKEN", refused.Problems.Head.Reason.Code);
        Assert.Equal(0, await other.CurrentVersionAsync("round-2015"));
    }

    [Fact]
    public async Task An_import_with_nothing_in_it_is_refused_in_words_and_writes_nothing()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        await Opened(rounds);
        var empty = (await rounds.ImportRound(new P.ImportRoundRequest { Year = 2015, Evaluation = new P.EvaluateRequest() }, Office)).Fails();
        Assert.IsType<RoundFailure.Invalid>(empty);
        Assert.Equal("IMPORT_NOTHING", empty.Problems.Head.Reason.Code);
        Assert.Contains("没有任何单位的数据", ProblemWords.Sentence(empty.Problems.Head, Language.ZhCn));
        var none = (await rounds.ImportRound(new P.ImportRoundRequest { Year = 2016, RoundExport = new P.RoundExport { Year = 2016 } }, Admin)).Fails();
        Assert.Equal("IMPORT_NOTHING", none.Problems.Head.Reason.Code);
        Assert.Equal(1, await store.CurrentVersionAsync("round-2015"));
    }

    [Theory]
    [InlineData("5", true)]
    [InlineData("\"5\"", true)]
    [InlineData("0", true)]
    [InlineData("5\u0000", false)]
    [InlineData("\"5", false)]
    [InlineData("5\"", false)]
    [InlineData("05", false)]
    [InlineData("\"\"", false)]
    [InlineData("+5", false)]
    [InlineData(" 5", false)]
    public void Etags_are_parsed_strictly(string etag, bool taken) => Assert.Equal(taken, RoundService.TryEtag(etag, out _));

    [Fact]
    public async Task Two_services_on_one_database_twenty_writers_each_lose_no_update_and_the_state_is_the_replay()
    {
        var setting = NewDatabase();
        var (first, one) = Open(setting);
        var (second, two) = Open(setting);
        await using var _ = first;
        await using var __ = second;
        await Opened(one);
        var selves = Evaluation.Submissions.Select(s => s.SelfEvaluation).ToList();
        // 20 writers each on the two services: 36 unconditional writes over units 1–11, and 4 racing on unit 0 with etag "0".
        var writes = Enumerable.Range(0, 40).Select(i =>
        {
            var service = i % 2 == 0 ? one : two;
            var racing = i < 4;
            // Each write changes a figure (an identical resubmission writes nothing), so a lost update would show.
            var figures = selves[racing ? 0 : 1 + i % 11].Clone();
            figures.WorkSystems = new P.WorkSystemsFigures { ImplementationPercent = (60 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            return service.SubmitSelfEvaluation(new P.SubmitSelfEvaluationRequest { Year = 2015, UnitCode = figures.UnitCode, Figures = figures, Etag = racing ? "0" : "" }, Unit(figures.UnitCode));
        }).ToList();
        var results = await Task.WhenAll(writes);
        Assert.All(results.Skip(4), r => r.Ok());
        Assert.Equal(1, results.Take(4).Count(r => r.IsRight));
        Assert.All(results.Take(4).Where(r => r.IsLeft), r => Assert.IsType<RoundFailure.Stale>(r.Fails()));
        var stored = await first.ReadStreamAsync("round-2015");
        Assert.Equal(1 + 36 + 1, stored.Count);
        var replayed = Core.Round.RoundDecider.Fold(stored.Select(RoundService.Decode).ToSeq());
        Assert.Equal(replayed, (await one.Load(2015)).State);
        Assert.Equal(replayed, (await two.Load(2015)).State);
        Assert.True((await two.VerifyRound(new P.VerifyRoundRequest { Year = 2015 }, Office)).Ok().Intact);
    }
}
