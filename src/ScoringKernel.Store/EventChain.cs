using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ScoringKernel.Store;

/// <summary>
/// The hash chain of a stream (specs/docs/round.md, "The hash chain"). Each event's hash is the lowercase hex SHA-256
/// of its canonical encoding: the UTF-8 bytes of <c>skchain/1\n</c> followed by seven fields, each written as its
/// UTF-8 byte length in decimal, a colon, the bytes and a newline — the previous event's hash (empty for version 1),
/// the stream, the version in decimal, the type, the actor, the time recorded (UTC, <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>)
/// and the payload exactly as stored. Changing any of them, or the order, changes every hash from there on.
/// </summary>
public static class EventChain
{
    public const string Domain = "skchain/1\n";

    public static string Hash(string previous, string stream, long version, string type, string actor, DateTimeOffset recordedAt, string payload)
    {
        var text = new StringBuilder(Domain.Length + payload.Length + 256).Append(Domain);
        foreach (var field in new[] { previous, stream, version.ToString(CultureInfo.InvariantCulture), type, actor, Time(recordedAt), payload })
            text.Append(Encoding.UTF8.GetByteCount(field).ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static string Hash(string previous, StoredEvent e) => Hash(previous, e.Stream, e.Version, e.Type, e.Actor, e.RecordedAt, e.Payload);

    /// <summary>The time as the encoding writes it: UTC to the microsecond.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Checks <paramref name="events"/> (a stream's events from version <paramref name="after"/>.Version + 1, in the
    /// order read) against the chain: consecutive versions, each hash recomputed, and, when the store recorded a head,
    /// that the events reach it with its hash.
    /// </summary>
    public static ChainVerdict Verify(StreamHead after, IReadOnlyList<StoredEvent> events, StreamHead? recorded)
    {
        var head = after;
        foreach (var e in events)
        {
            if (e.Version != head.Version + 1)
                return new ChainVerdict.Broken(head.Version + 1, e.Version > head.Version + 1 ? ChainFault.Missing : ChainFault.OutOfOrder, "", e.Version.ToString(CultureInfo.InvariantCulture));
            var hash = Hash(head.Hash, e);
            if (!string.Equals(hash, e.Hash, StringComparison.Ordinal))
                return new ChainVerdict.Broken(e.Version, ChainFault.HashMismatch, hash, e.Hash);
            head = new StreamHead(e.Version, hash);
        }
        if (recorded is { } r && r.Version > 0)
        {
            if (head.Version < r.Version) return new ChainVerdict.Broken(head.Version + 1, ChainFault.Truncated, r.Hash, "");
            if (head.Version == r.Version && head.Hash != r.Hash) return new ChainVerdict.Broken(head.Version, ChainFault.HeadMismatch, r.Hash, head.Hash);
        }
        return new ChainVerdict.Intact(head);
    }
}

/// <summary>A stream's last version and its hash (version 0 and an empty hash: no event yet).</summary>
public sealed record StreamHead(long Version, string Hash)
{
    public static readonly StreamHead None = new(0, "");
}

/// <summary>How a chain breaks at an event.</summary>
public enum ChainFault
{
    /// <summary>The event's content does not give its hash: it, or one before it, was changed.</summary>
    HashMismatch,
    /// <summary>The version expected is not there (deleted); a later one follows.</summary>
    Missing,
    /// <summary>The versions go backwards or repeat.</summary>
    OutOfOrder,
    /// <summary>The log ends before the head the appends recorded.</summary>
    Truncated,
    /// <summary>The log's last event is not the head the appends recorded.</summary>
    HeadMismatch,
}

/// <summary>What checking a chain found.</summary>
public abstract record ChainVerdict
{
    private ChainVerdict() { }

    public abstract R Match<R>(Func<Intact, R> intact, Func<Broken, R> broken);

    /// <summary>Every event chains; <paramref name="Head"/> is the last one's version and hash.</summary>
    public sealed record Intact(StreamHead Head) : ChainVerdict
    {
        public override R Match<R>(Func<Intact, R> intact, Func<Broken, R> broken) => intact(this);
    }

    /// <summary>The first bad event is <paramref name="Version"/>: <paramref name="Expected"/> is what the chain
    /// gives there, <paramref name="Found"/> what the log holds.</summary>
    public sealed record Broken(long Version, ChainFault Fault, string Expected, string Found) : ChainVerdict
    {
        public override R Match<R>(Func<Intact, R> intact, Func<Broken, R> broken) => broken(this);
    }
}
