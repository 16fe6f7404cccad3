using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Round;
using ScoringKernel.Store;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Words;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application.Rounds;

/// <summary>The hash chain of a round as exports carry it and as a verification tells it.</summary>
public static class RoundExports
{
    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default);

    public static P.ChainedEvent Chained(StoredEvent s) => new()
    {
        Version = s.Version,
        Type = s.Type,
        Actor = s.Actor,
        RecordedTime = EventChain.Time(s.RecordedAt),
        Payload = s.Payload,
        Hash = s.Hash,
    };

    /// <summary>A chained event's time as <see cref="EventChain.Time"/> writes it (an unreadable one is the epoch, which
    /// no chain computed by a server gives, so its hash does not match).</summary>
    public static DateTimeOffset Time(string text) =>
        DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime() : DateTimeOffset.UnixEpoch;

    /// <summary>The export's chain as the store's events of <paramref name="stream"/>.</summary>
    public static IReadOnlyList<StoredEvent> Stored(P.RoundExport export, string stream) =>
        export.Chain.Select((c, i) => new StoredEvent(i + 1, stream, c.Version, c.Type, c.Payload, Time(c.RecordedTime), c.Actor) { Hash = c.Hash }).ToList();

    /// <summary>
    /// The export's chain checked: every hash recomputed, the last one its chain_head, and its events those the chain's
    /// payloads hold (the first that differs breaks it there). An export without a chain breaks at its first event.
    /// </summary>
    public static ChainVerdict Verify(P.RoundExport export)
    {
        var stream = RoundNames.Stream(export.Year);
        if (export.Chain.Count == 0) return new ChainVerdict.Broken(1, ChainFault.Missing, "", "");
        var verdict = EventChain.Verify(StreamHead.None, Stored(export, stream), null);
        if (verdict is ChainVerdict.Broken) return verdict;
        for (var i = 0; i < Math.Max(export.Events.Count, export.Chain.Count); i++)
            if (i >= export.Events.Count || i >= export.Chain.Count || Json.Format(export.Events[i]) != export.Chain[i].Payload)
                return new ChainVerdict.Broken(i + 1, ChainFault.HashMismatch, i < export.Chain.Count ? export.Chain[i].Hash : "", "");
        var head = ((ChainVerdict.Intact)verdict).Head;
        return head.Hash == export.ChainHead ? verdict : new ChainVerdict.Broken(head.Version, ChainFault.HeadMismatch, export.ChainHead, head.Hash);
    }

    /// <summary>Whether the export is signed (false: it is not), or why its signature cannot be taken.</summary>
    public static Either<Seq<Problem>, bool> Signed(P.RoundExport export)
    {
        if (export.Signature.Length == 0) return false;
        if (Verify(export) is ChainVerdict.Broken b) return Seq1(BrokenProblem(export.Year, b).Under(RoundSteps.ExportChain));
        return RoundSigning.Valid(export) ? true : Seq1(Problem.Of(new RoundReason.ExportSignatureInvalid()).Under(RoundSteps.ExportSignature));
    }

    /// <summary>
    /// An unsigned (or untrusted) export's events as this server records them: the importer's actor and the time of the
    /// import, the file's actor and time kept as a claim on each, chained here (an approval or a publication names the
    /// new chain's head before it).
    /// </summary>
    public static List<NewEvent> Claimed(string stream, Seq<RoundEvent> replayed, Seq<RoundEvent> original, DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var at = utc.AddTicks(-(utc.Ticks % 10));
        var head = "";
        var events = new List<NewEvent>(replayed.Count);
        for (var i = 0; i < replayed.Count; i++)
        {
            var wire = RoundService.Wire(replayed[i], head);
            wire.Mark.ClaimedActor = original[i].Actor.Id;
            wire.Mark.ClaimedTime = Timestamp.FromDateTimeOffset(original[i].At);
            var e = new NewEvent(RoundMapping.TypeOf(replayed[i]), Json.Format(wire), replayed[i].Actor.Id, at);
            head = EventChain.Hash(head, stream, i + 1, e.Type, e.Actor, at, e.Payload);
            events.Add(e);
        }
        return events;
    }

    public static string FaultCode(ChainFault fault) => fault switch
    {
        ChainFault.HashMismatch => "HASH_MISMATCH",
        ChainFault.Missing => "MISSING",
        ChainFault.OutOfOrder => "OUT_OF_ORDER",
        ChainFault.Truncated => "TRUNCATED",
        ChainFault.HeadMismatch => "HEAD_MISMATCH",
    };

    public static Problem BrokenProblem(int year, ChainVerdict.Broken b) =>
        Problem.Of(new RoundReason.ChainBroken(year, b.Version, FaultCode(b.Fault), b.Expected, b.Found));

    /// <summary>The verdict as VerifyRound answers it, in <paramref name="language"/>.</summary>
    public static P.VerifyRoundResponse Verdict(int year, long events, ChainVerdict verdict, Language language) => verdict.Match(
        intact => new P.VerifyRoundResponse
        {
            Intact = true,
            Events = events,
            ChainHead = intact.Head.Hash,
            Summary = Summary(year, events, verdict, language),
        },
        broken => new P.VerifyRoundResponse
        {
            Intact = false,
            Events = events,
            FirstBadVersion = broken.Version,
            Fault = FaultCode(broken.Fault),
            Summary = Summary(year, events, verdict, language),
        });

    public static string Summary(int year, long events, ChainVerdict verdict, Language language) => ProblemWords.Sentence(verdict.Match(
        intact => Problem.Of(new RoundReason.ChainIntact(year, events, intact.Head.Hash)),
        broken => BrokenProblem(year, broken)), language);
}
