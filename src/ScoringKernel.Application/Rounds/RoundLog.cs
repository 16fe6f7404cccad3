using System.Collections.Concurrent;
using System.Globalization;
using Google.Protobuf;
using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Round;
using ScoringKernel.Store;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Words;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application.Rounds;

/// <summary>
/// The rounds' event log, the one load–decide–append handler every write goes through (<see cref="Handle"/>): holding
/// the round's stream lock (<see cref="IEventStore.AppendExclusiveAsync"/>: no other write of that round, from this
/// process or another, lands meanwhile) it brings the round up to date, checks the etag of the resource it changes, lets
/// <see cref="RoundDecider"/> decide and appends what it decided: no write is lost, none is merged past an etag, and
/// none is retried. Every event read is checked against the round's hash chain (<see cref="EventChain"/>); a round
/// whose chain breaks takes no write and answers every read with where it breaks (specs/docs/round.md).
/// </summary>
public sealed class RoundLog(IEventStore store, Func<RoundState, Option<string>> currentDigest)
{
    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default);
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    private readonly ConcurrentDictionary<int, LoadedRound> cache = new();
    private readonly ConcurrentDictionary<int, LoadedRound> lastDecided = new();
    private readonly ConcurrentDictionary<int, RoundFailure> broken = new();
    private long chainBreaks;
    private long eventsDecoded;

    /// <summary>Told once per round whose chain is found broken: the year and the verdict in English (the server logs it).</summary>
    public Action<int, string>? OnChainBroken { get; set; }

    /// <summary>Rounds found with a broken chain since start-up.</summary>
    public long ChainBreaks => Interlocked.Read(ref chainBreaks);

    /// <summary>Stored events decoded by this log since start-up (a round's events read by another process, or first read here); a write does not decode the events it appends.</summary>
    public long EventsDecoded => Interlocked.Read(ref eventsDecoded);

    public IEventStore Store => store;

    /// <summary>
    /// The one write: <paramref name="command"/> decided on the round as it stands (after <paramref name="check"/>,
    /// when given, finds nothing against it there), under the etag of <paramref name="resource"/>.
    /// </summary>
    public Task<Either<RoundFailure, LoadedRound>> Handle(int year, string etag, RoundCommand command, Func<LoadedRound, string> resource,
        CancellationToken ct, Func<LoadedRound, Either<RoundFailure, Unit>>? check = null) =>
        Handle(year, etag, resource, loaded => (check?.Invoke(loaded) ?? Right<RoundFailure, Unit>(unit)).Bind(_ => RoundDecisions.Decide(command, loaded, currentDigest)), ct);

    /// <summary>
    /// Under the round's stream lock: brings the round up to date, checks the etag of the resource written, decides, and
    /// appends what was decided. A stale etag is ABORTED and nothing is written; nothing is retried.
    /// </summary>
    public async Task<Either<RoundFailure, LoadedRound>> Handle(int year, string etag, Func<LoadedRound, string> resource,
        Func<LoadedRound, Either<RoundFailure, Seq<RoundEvent>>> decide, CancellationToken ct)
    {
        long? expected = null;
        if (etag.Length > 0)
        {
            if (!TryEtag(etag, out var e)) return new RoundFailure.Invalid(Seq1(Problem.Of(new RoundReason.EtagMalformed(etag)).Under(RoundSteps.Etag)));
            expected = e;
        }
        if (broken.TryGetValue(year, out var failure)) return failure;
        var cached = cache.GetOrAdd(year, LoadedRound.Empty);
        Either<RoundFailure, LoadedRound> outcome = cached;
        var basis = cached;
        var events = Seq<RoundEvent>();
        var appended = await store.AppendExclusiveAsync(RoundNames.Stream(year), cached.Version, (head, newer) =>
        {
            var start = StartingPoint(year, cached, newer);
            outcome = Follow(year, start, head, newer.Where(e => e.Version > start.Version).ToList());
            if (outcome.IsLeft) return [];
            var loaded = outcome.RightToSeq().Head;
            lastDecided[year] = loaded;
            var current = loaded.VersionOf(resource(loaded));
            if (expected is { } given && given != current)
            {
                outcome = new RoundFailure.Stale(Problem.Of(new RoundReason.EtagStale(etag, Etag(current))).Under(RoundSteps.Etag), etag, Etag(current));
                return [];
            }
            var decided = decide(loaded);
            if (decided.IsLeft)
            {
                outcome = decided.Map(_ => loaded);
                return [];
            }
            basis = loaded;
            events = decided.RightToSeq().Head;
            return events.Map(e => ToStored(e, loaded.Head)).ToList();
        }, ct);
        if (appended.Count == 0) return outcome;
        // The events decided, each with the hash the store gave it (appended in the order given): what was stored is
        // not read back, its encoding being the storage's edge only.
        var after = events.Zip(appended).Aggregate(basis, (r, x) => r.Then(x.Item1, x.Item2.Hash));
        Remember(after);
        return after;
    }

    /// <summary>The round as the store holds it now (the cached fold, brought up to date with the events after it);
    /// throws when its chain is broken (tests read with it; the calls answer the failure, <see cref="TryLoad"/>).</summary>
    public async Task<LoadedRound> Load(int year, CancellationToken ct = default) =>
        (await TryLoad(year, ct)).Match(l => l, f => throw new InvalidDataException(string.Join("; ", f.Problems.Map(p => ProblemWords.Sentence(p, Language.En)))));

    /// <summary>The round as the store holds it now, or, when its chain breaks, why (the round then takes no write).</summary>
    public async Task<Either<RoundFailure, LoadedRound>> TryLoad(int year, CancellationToken ct = default)
    {
        if (broken.TryGetValue(year, out var failure)) return failure;
        var cached = cache.GetOrAdd(year, LoadedRound.Empty);
        var stream = RoundNames.Stream(year);
        // The head first: events read after it reach at least it (a write landing in between only adds events).
        var head = await store.ReadHeadAsync(stream, ct);
        var newer = await store.ReadStreamAsync(stream, cached.Version + 1, ct);
        return CatchUp(year, cached, head, newer);
    }

    /// <summary>The round, or NOT_FOUND when it was never opened.</summary>
    public async Task<Either<RoundFailure, LoadedRound>> Existing(int year, CancellationToken ct) =>
        (await TryLoad(year, ct)).Bind(loaded => loaded.Exists ? Right<RoundFailure, LoadedRound>(loaded) : new RoundFailure.Missing(RoundDecisions.RoundNotFound(year)));

    /// <summary>The cached round brought up to date with <paramref name="newer"/>, each event checked against the chain
    /// and the store's recorded head; a break is remembered, counted and told.</summary>
    private Either<RoundFailure, LoadedRound> CatchUp(int year, LoadedRound cached, StreamHead recorded, IReadOnlyList<StoredEvent> newer) =>
        Follow(year, cached, recorded, newer).Map(loaded =>
        {
            Remember(loaded);
            return loaded;
        });

    /// <summary><paramref name="from"/> brought up to date with <paramref name="newer"/>, each event checked against the
    /// chain and the recorded head; not remembered: in a write, the events may be those of a batch not yet committed.</summary>
    private Either<RoundFailure, LoadedRound> Follow(int year, LoadedRound from, StreamHead recorded, IReadOnlyList<StoredEvent> newer)
    {
        if (EventChain.Verify(new StreamHead(from.Version, from.Head), newer, recorded) is ChainVerdict.Broken b) return Break(year, b);
        Interlocked.Add(ref eventsDecoded, newer.Count);
        return newer.Count == 0 ? from : newer.Aggregate(from, (r, s) => r.Then(Decode(s), s.Hash));
    }

    /// <summary>
    /// Where a write's catching up starts: the round as the write before it (in the same batch, see the store's
    /// ExclusiveBatches) decided on it, when the events given lead there (its version with its hash), so that each
    /// write of a batch folds and checks only the events after that one, not the whole batch again; else the cache.
    /// A batch rolled back leaves nothing behind: its events are not among those given to the next one.
    /// </summary>
    private LoadedRound StartingPoint(int year, LoadedRound cached, IReadOnlyList<StoredEvent> newer)
    {
        if (!lastDecided.TryGetValue(year, out var last) || last.Version <= cached.Version) return cached;
        var i = last.Version - cached.Version - 1;
        return i < newer.Count && newer[(int)i].Version == last.Version && newer[(int)i].Hash == last.Head ? last : cached;
    }

    /// <summary>The round's chain found broken at <paramref name="b"/>: remembered (the round takes no write), counted, told once.</summary>
    public RoundFailure Break(int year, ChainVerdict.Broken b)
    {
        var failure = new RoundFailure.Refused(Seq1(RoundExports.BrokenProblem(year, b)));
        if (broken.TryAdd(year, failure))
        {
            Interlocked.Increment(ref chainBreaks);
            OnChainBroken?.Invoke(year, ProblemWords.Sentence(failure.Problems.Head, Language.En) + $" (expected {b.Expected}, found {b.Found})");
        }
        return broken[year];
    }

    private void Remember(LoadedRound loaded) =>
        cache.AddOrUpdate(loaded.Year, loaded, (_, old) => old.Version >= loaded.Version ? old : loaded);

    // ---- etags and the stored form ----

    public static string Etag(long version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>An etag as the server writes it: decimal digits without a leading zero ("0" itself aside), bare or in
    /// one pair of double quotes; anything else is malformed.</summary>
    public static bool TryEtag(string etag, out long version)
    {
        version = 0;
        var digits = etag.Length >= 2 && etag[0] == '"' && etag[^1] == '"' ? etag[1..^1] : etag;
        return digits.Length is > 0 and <= 18 && digits.All(char.IsAsciiDigit) && (digits.Length == 1 || digits[0] != '0')
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }

    /// <summary>The event as stored; an approval or a publication names the chain head it stands on.</summary>
    public static NewEvent ToStored(RoundEvent e, string head, DateTimeOffset? recordedAt = null) =>
        new(RoundMapping.TypeOf(e), Json.Format(Wire(e, head)), e.Actor.Id, recordedAt);

    /// <summary>The event on the wire, an approval or a publication with the chain head it stands on.</summary>
    public static P.RoundEvent Wire(RoundEvent e, string head)
    {
        var wire = RoundMapping.FromDomain(e);
        if (wire.EvaluationApproved is { } approved) approved.ChainHead = head;
        if (wire.NoticePublished is { } published) published.ChainHead = head;
        return wire;
    }

    /// <summary>Whether two events say the same (their wire form, chain heads aside).</summary>
    public static bool Same(RoundEvent a, RoundEvent b) => Json.Format(RoundMapping.FromDomain(a)) == Json.Format(RoundMapping.FromDomain(b));

    /// <summary>A stored event's payload on the wire.</summary>
    public static P.RoundEvent Parse(StoredEvent s) => Parser.Parse<P.RoundEvent>(s.Payload);

    /// <summary>A stored event back to the domain; the store holds only what this service wrote, so one it cannot read is damage.</summary>
    public static RoundEvent Decode(StoredEvent s) =>
        RoundMapping.ToDomain(Parse(s)).Match(
            e => e,
            ps => throw new InvalidDataException($"stream {s.Stream} version {s.Version} ({s.Type}): {string.Join("; ", ps)}"));
}
