using LanguageExt;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Round;

/// <summary>
/// Where the round stands, each case holding only what it has: an open round its opening; a closed one (报送截止) also
/// the closing; an approved one the approval (and the closing it was approved under, if submissions were closed); a
/// published one the approval and the publication. So a round published but not approved, or approved but never
/// opened, cannot be written down.
/// </summary>
public abstract record RoundStage
{
    private RoundStage() { }

    public abstract R Match<R>(
        Func<R> notOpen,
        Func<RoundOpening, R> open,
        Func<RoundOpening, SubmissionsClosing, R> closed,
        Func<RoundOpening, Option<SubmissionsClosing>, Approval, R> approved,
        Func<RoundOpening, Option<SubmissionsClosing>, Approval, Publication, R> published);

    public static readonly RoundStage Unopened = new NotOpen();

    public RoundStatus Status => Match(
        () => RoundStatus.NotOpen,
        _ => RoundStatus.Open,
        (_, _) => RoundStatus.Closed,
        (_, _, _) => RoundStatus.Approved,
        (_, _, _, _) => RoundStatus.Published);

    public Option<RoundOpening> Opening => Match(
        () => None,
        o => Some(o),
        (o, _) => Some(o),
        (o, _, _) => Some(o),
        (o, _, _, _) => Some(o));

    public Option<SubmissionsClosing> SubmissionsClosing => Match(
        () => None,
        _ => None,
        (_, c) => Some(c),
        (_, c, _) => c,
        (_, c, _, _) => c);

    public Option<Approval> Approval => Match(
        () => None,
        _ => None,
        (_, _) => None,
        (_, _, a) => Some(a),
        (_, _, a, _) => Some(a));

    public Option<Publication> Publication => Match(
        () => None,
        _ => None,
        (_, _) => None,
        (_, _, _) => None,
        (_, _, _, p) => Some(p));

    public sealed record NotOpen : RoundStage
    {
        public override R Match<R>(Func<R> notOpen, Func<RoundOpening, R> open, Func<RoundOpening, SubmissionsClosing, R> closed,
            Func<RoundOpening, Option<SubmissionsClosing>, Approval, R> approved, Func<RoundOpening, Option<SubmissionsClosing>, Approval, Publication, R> published) => notOpen();
    }

    public sealed record Open(RoundOpening OpenedAs) : RoundStage
    {
        public override R Match<R>(Func<R> notOpen, Func<RoundOpening, R> open, Func<RoundOpening, SubmissionsClosing, R> closed,
            Func<RoundOpening, Option<SubmissionsClosing>, Approval, R> approved, Func<RoundOpening, Option<SubmissionsClosing>, Approval, Publication, R> published) => open(OpenedAs);
    }

    public sealed record Closed(RoundOpening OpenedAs, SubmissionsClosing ClosedAs) : RoundStage
    {
        public override R Match<R>(Func<R> notOpen, Func<RoundOpening, R> open, Func<RoundOpening, SubmissionsClosing, R> closed,
            Func<RoundOpening, Option<SubmissionsClosing>, Approval, R> approved, Func<RoundOpening, Option<SubmissionsClosing>, Approval, Publication, R> published) => closed(OpenedAs, ClosedAs);
    }

    public sealed record Approved(RoundOpening OpenedAs, Option<SubmissionsClosing> ClosedAs, Approval ApprovedAs) : RoundStage
    {
        public override R Match<R>(Func<R> notOpen, Func<RoundOpening, R> open, Func<RoundOpening, SubmissionsClosing, R> closed,
            Func<RoundOpening, Option<SubmissionsClosing>, Approval, R> approved, Func<RoundOpening, Option<SubmissionsClosing>, Approval, Publication, R> published) => approved(OpenedAs, ClosedAs, ApprovedAs);
    }

    public sealed record Published(RoundOpening OpenedAs, Option<SubmissionsClosing> ClosedAs, Approval ApprovedAs, Publication PublishedAs) : RoundStage
    {
        public override R Match<R>(Func<R> notOpen, Func<RoundOpening, R> open, Func<RoundOpening, SubmissionsClosing, R> closed,
            Func<RoundOpening, Option<SubmissionsClosing>, Approval, R> approved, Func<RoundOpening, Option<SubmissionsClosing>, Approval, Publication, R> published) => published(OpenedAs, ClosedAs, ApprovedAs, PublishedAs);
    }
}
