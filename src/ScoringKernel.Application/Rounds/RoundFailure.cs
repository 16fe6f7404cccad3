using LanguageExt;
using ScoringKernel.Core.Problems;

namespace ScoringKernel.Application.Rounds;

/// <summary>Why the round did not do what it was asked: each case is one gRPC status code.</summary>
public abstract record RoundFailure
{
    private RoundFailure() { }

    public abstract R Match<R>(Func<Invalid, R> invalid, Func<Missing, R> missing, Func<Refused, R> refused, Func<Stale, R> stale, Func<Denied, R> denied);

    public Seq<Problem> Problems => Match(i => i.All, m => Prelude.Seq1(m.Problem), r => r.All, s => Prelude.Seq1(s.Problem), d => Prelude.Seq1(d.Problem));

    /// <summary>INVALID_ARGUMENT: what the request says cannot be taken (every problem, each at its field).</summary>
    public sealed record Invalid(Seq<Problem> All) : RoundFailure
    {
        public override R Match<R>(Func<Invalid, R> invalid, Func<Missing, R> missing, Func<Refused, R> refused, Func<Stale, R> stale, Func<Denied, R> denied) => invalid(this);
    }

    /// <summary>NOT_FOUND: no such round (or rule set, or finding).</summary>
    public sealed record Missing(Problem Problem) : RoundFailure
    {
        public override R Match<R>(Func<Invalid, R> invalid, Func<Missing, R> missing, Func<Refused, R> refused, Func<Stale, R> stale, Func<Denied, R> denied) => missing(this);
    }

    /// <summary>FAILED_PRECONDITION: the round's state forbids it (approved, not approved, a stale digest …).</summary>
    public sealed record Refused(Seq<Problem> All) : RoundFailure
    {
        public override R Match<R>(Func<Invalid, R> invalid, Func<Missing, R> missing, Func<Refused, R> refused, Func<Stale, R> stale, Func<Denied, R> denied) => refused(this);
    }

    /// <summary>ABORTED: the etag given is not the resource's any more; nothing was written.</summary>
    public sealed record Stale(Problem Problem, string GivenEtag, string CurrentEtag) : RoundFailure
    {
        public override R Match<R>(Func<Invalid, R> invalid, Func<Missing, R> missing, Func<Refused, R> refused, Func<Stale, R> stale, Func<Denied, R> denied) => stale(this);
    }

    /// <summary>PERMISSION_DENIED: the caller lacks the role; nothing was read or written.</summary>
    public sealed record Denied(Problem Problem, string Role) : RoundFailure
    {
        public override R Match<R>(Func<Invalid, R> invalid, Func<Missing, R> missing, Func<Refused, R> refused, Func<Stale, R> stale, Func<Denied, R> denied) => denied(this);
    }
}
