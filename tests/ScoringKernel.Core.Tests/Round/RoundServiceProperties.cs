using System.Security.Cryptography;
using FsCheck.Xunit;
using Google.Protobuf;
using LanguageExt;
using ScoringKernel.Application;
using ScoringKernel.Application.Rounds;
using ScoringKernel.Core.Round;
using ScoringKernel.Store;
using ScoringKernel.Wire.Mapping;
using Xunit;
using static LanguageExt.Prelude;
using static ScoringKernel.Core.Round.RoundCommand;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Core.Tests.Round;

/// <summary>
/// The decider's generated command sequences applied through <see cref="RoundService"/> (the application layer, its
/// wire requests, roles and etags) on an in-memory SQLite store: each call is accepted exactly when the decider accepts
/// the command; the service's state is the decider's fold; replaying the stored events gives the same state; and a
/// write on a stale etag is always ABORTED with the current etag, nothing written.
/// </summary>
[Properties(Arbitrary = new[] { typeof(RoundArbitraries) }, MaxTest = 30)]
public class RoundServiceProperties
{
    private const int Year = 2015;

    private static readonly ScoringApi Scoring = new(RuleSetCatalog.Embedded);

    private static readonly RuleSetEntry Entry = RuleSetCatalog.Embedded.Find(null).IfNone(() => throw new InvalidOperationException("no rule set"));

    [Property]
    public void Commands_through_the_service_are_the_deciders_fold_replay_gives_the_same_state_and_stale_etags_are_refused(RoundScenario scenario) =>
        Run(scenario).GetAwaiter().GetResult();

    private static async Task Run(RoundScenario scenario)
    {
        var clock = new Clock();
        await using var store = EventStores.Open($"sqlite:{SqliteInMemory}");
        var rounds = new RoundService(store, Scoring, clock);
        // The generator's world (its stand-in digests) and the service's (the stamp's digest): the same sources.
        var model = RoundDecider.Initial;
        var expected = LoadedRound.Empty(Year);
        var step = 0;
        foreach (var generated in scenario.Commands)
        {
            var command = Translate(generated, model, expected.State, rounds);
            model = RoundRun.Step(model, generated).After;
            clock.Now = command.At;
            step++;

            if (Resource(command) is { } resource)
            {
                var current = expected.VersionOf(resource);
                var stale = await Call(rounds, command, RoundService.Etag(current + 1 + step % 3));
                var refused = Assert.IsType<RoundFailure.Stale>(stale.Match(r => throw new Xunit.Sdk.XunitException($"{command} on a stale etag was accepted"), f => f));
                Assert.Equal(RoundService.Etag(current), refused.CurrentEtag);
                Assert.Equal(expected.Version, await store.CurrentVersionAsync(RoundNames.Stream(Year)));
            }

            var decision = RoundDecider.Decide(command, expected.State, rounds.CurrentDigest);
            // With the etag as last read, or unconditionally: the same decision either way.
            var etag = Resource(command) is { } r && step % 2 == 0 ? RoundService.Etag(expected.VersionOf(r)) : "";
            var result = await Call(rounds, command, etag);
            Assert.True(decision.IsSuccess == result.IsRight,
                $"{command}: the decider {(decision.IsSuccess ? "accepts" : "refuses")} it, the service {(result.IsRight ? "accepted" : $"refused it: {string.Join("; ", result.LeftToSeq().Head.Problems)}")}");
            decision.IfSuccess(events => expected = events.Fold(expected, (l, e) => l.Then(e)));
            Assert.Equal(expected.Version, await store.CurrentVersionAsync(RoundNames.Stream(Year)));
        }

        var loaded = await rounds.Load(Year);
        Assert.Equal(expected.State, loaded.State);
        Assert.Equal(expected.Versions, loaded.Versions);
        var replayed = RoundDecider.Fold((await store.ReadStreamAsync(RoundNames.Stream(Year))).Select(RoundService.Decode).ToSeq());
        Assert.Equal(expected.State, replayed);
        // A service that never saw the writes (no cache) loads the same round from the store.
        Assert.Equal(expected.State, (await new RoundService(store, Scoring).Load(Year)).State);
    }

    private const string SqliteInMemory = ":memory:";

    /// <summary>
    /// The command as the service would form it from its request: the opening over the catalog's rule set and table
    /// (the service opens on those), and a digest the generator meant as current (or as approved) the service's own.
    /// </summary>
    private static RoundCommand Translate(RoundCommand c, RoundState model, RoundState expected, RoundService rounds) => c switch
    {
        OpenRound o => OpenRound.For(Year, new RuleSetRef(Entry.Rules.Id, Entry.Rules.Version, Entry.Sha256),
            Sha256(TargetsMapping.FromDomain(Entry.Targets)), Entry.Targets, o.Actor, o.At),
        Approve a when RoundRun.Digest(model) == Some(a.EvaluationDigest) =>
            a with { EvaluationDigest = rounds.CurrentDigest(expected).IfNone(a.EvaluationDigest) },
        PublishNotice p when model.Approval.Exists(x => x.EvaluationDigest == p.EvaluationDigest) =>
            p with { EvaluationDigest = expected.Approval.Map(x => x.EvaluationDigest).IfNone(p.EvaluationDigest) },
        _ => c,
    };

    /// <summary>The resource whose etag a command's request carries; none for those that take none.</summary>
    private static string? Resource(RoundCommand c) => c switch
    {
        SubmitSelfEvaluation s => RoundNames.SelfEvaluation(Year, s.Unit),
        SubmitDepartmentFigures d => RoundNames.Department(Year, d.Unit, d.Figures.Department),
        WithdrawFinding w => RoundNames.Finding(Year, w.Id),
        Approve or Reopen or PublishNotice or CloseSubmissions or ReopenSubmissions => RoundNames.Round(Year),
        _ => null,
    };

    /// <summary>The command as its RPC: its request on the wire, by a caller holding the role it needs, recorded as the command's actor.</summary>
    private static async Task<Either<RoundFailure, Unit>> Call(RoundService rounds, RoundCommand c, string etag)
    {
        RoundCaller As(string role) => new(c.Actor, new System.Collections.Generic.HashSet<string> { role });
        return c switch
        {
            OpenRound => (await rounds.OpenRound(new P.OpenRoundRequest { Year = Year }, As(RoundRole.Office.Name))).Map(_ => unit),
            SubmitSelfEvaluation s => (await rounds.SubmitSelfEvaluation(
                new P.SubmitSelfEvaluationRequest { Year = Year, UnitCode = s.Unit.Value, Figures = FiguresMapping.FromDomain(s.Figures), Etag = etag },
                As(RoundRole.Unit(s.Unit).Name))).Map(_ => unit),
            SubmitDepartmentFigures d => (await rounds.SubmitDepartmentFigures(
                new P.SubmitDepartmentFiguresRequest { Year = Year, UnitCode = d.Unit.Value, Figures = RoundMapping.FromDomain(d.Figures), Etag = etag },
                As(RoundRole.Department(d.Figures.Department).Name))).Map(_ => unit),
            RecordFinding f => (await rounds.RecordFinding(
                new P.RecordFindingRequest { Year = Year, FindingId = f.Id.Value, UnitCode = f.Unit.Value, Finding = RoundMapping.FromDomain(f.Finding), Inspector = f.Inspector },
                As(RoundRole.Inspector.Name))).Map(_ => unit),
            WithdrawFinding w => (await rounds.WithdrawFinding(
                new P.WithdrawFindingRequest { Year = Year, FindingId = w.Id.Value, Reason = w.Reason, Etag = etag }, As(RoundRole.Inspector.Name))).Map(_ => unit),
            Approve a => (await rounds.ApproveRound(
                new P.ApproveRoundRequest { Year = Year, EvaluationDigest = a.EvaluationDigest, Etag = etag }, As(RoundRole.LeadingGroup.Name))).Map(_ => unit),
            Reopen r => (await rounds.ReopenRound(new P.ReopenRoundRequest { Year = Year, Reason = r.Reason, Etag = etag }, As(RoundRole.Office.Name))).Map(_ => unit),
            PublishNotice p => (await rounds.PublishNotice(
                new P.PublishNoticeRequest { Year = Year, EvaluationDigest = p.EvaluationDigest, Etag = etag, NoticeNumber = p.NoticeNumber, IssuedOn = p.IssuedOn.Map(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).IfNone("") },
                As(RoundRole.LeadingGroup.Name))).Map(_ => unit),
            CloseSubmissions x => (await rounds.CloseSubmissions(new P.CloseSubmissionsRequest { Year = Year, Reason = x.Reason, Etag = etag }, As(RoundRole.Office.Name))).Map(_ => unit),
            ReopenSubmissions x => (await rounds.ReopenSubmissions(new P.ReopenSubmissionsRequest { Year = Year, Reason = x.Reason, Etag = etag }, As(RoundRole.Office.Name))).Map(_ => unit),
            _ => throw new InvalidOperationException($"no RPC for {c}"),
        };
    }

    private static string Sha256(IMessage message) => Convert.ToHexStringLower(SHA256.HashData(message.ToByteArray()));

    /// <summary>The service's clock, set to each command's time.</summary>
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = RoundGenerators.Start;

        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }
}
