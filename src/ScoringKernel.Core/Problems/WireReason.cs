using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Problems;

/// <summary>Why a request's structure is refused: a choice not made, a list too long, a rule set not held.</summary>
public abstract record WireReason : Reason
{
    private WireReason(string code) : base(code) { }

    /// <summary><c>Fields</c>: the fields one of which must be set (code).</summary>
    public sealed record OneOfMissing(string Fields) : WireReason(WireCode)
    {
        public const string WireCode = "ONE_OF_MISSING";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Fields) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Got</c>: the text given.</summary>
    public sealed record NotADate(string Got) : WireReason(WireCode)
    {
        public const string WireCode = "VALUE_NOT_A_DATE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Got) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the departments given; <c>Most</c>: the most allowed.</summary>
    public sealed record TooManyDepartments(decimal Given, decimal Most) : WireReason(WireCode)
    {
        public const string WireCode = "DEPARTMENTS_TOO_MANY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Given), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the findings given; <c>Most</c>: the most allowed.</summary>
    public sealed record TooManyFindings(decimal Given, decimal Most) : WireReason(WireCode)
    {
        public const string WireCode = "FINDINGS_TOO_MANY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Given), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the figures given; <c>Most</c>: the most allowed.</summary>
    public sealed record TooManyFigures(decimal Given, decimal Most) : WireReason(WireCode)
    {
        public const string WireCode = "FIGURES_TOO_MANY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Given), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A submission needs the unit's own figures, a full set.</summary>
    public sealed record SelfEvaluationRequired() : WireReason(WireCode)
    {
        public const string WireCode = "SELF_EVALUATION_REQUIRED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The AssessRequest to assess and write is required.</summary>
    public sealed record AssessmentRequired() : WireReason(WireCode)
    {
        public const string WireCode = "ASSESSMENT_REQUIRED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Asked</c>: the rule set asked for (typed); <c>Held</c>: the rule sets the server holds (code).</summary>
    public sealed record RuleSetUnknown(string Asked, string Held) : WireReason(WireCode)
    {
        public const string WireCode = "RULE_SET_UNKNOWN";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Asked), new Arg.Code(Held) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Limit</c>: the limit for a JSON request body in bytes (the body is not read past it).</summary>
    public sealed record BodyTooLarge(decimal Limit) : WireReason(WireCode)
    {
        public const string WireCode = "REQUEST_BODY_TOO_LARGE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Limit) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Size</c>: the size of the request message in bytes; <c>Limit</c>: the message limit in bytes.</summary>
    public sealed record MessageTooLarge(string Size, decimal Limit) : WireReason(WireCode)
    {
        public const string WireCode = "REQUEST_MESSAGE_TOO_LARGE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Size), new Arg.Number(Limit) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Subject</c>: the client certificate's subject (typed; empty when none was shown). Not authenticated: another CA, expired, not for client authentication, or a subject not on the allow-list.</summary>
    public sealed record ClientNotAllowed(string Subject) : WireReason(WireCode)
    {
        public const string WireCode = "CLIENT_NOT_ALLOWED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Subject) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Endpoint</c>: the endpoint (code). The production profile refuses an endpoint the role table does not list.</summary>
    public sealed record EndpointNotListed(string Endpoint) : WireReason(WireCode)
    {
        public const string WireCode = "ENDPOINT_NOT_LISTED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Endpoint) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>
    /// <c>HttpStatus</c>: the HTTP status the server refused it with (code: <c>400 Bad Request</c>). The server could not
    /// read the request at all (a <c>%00</c> or a raw non-ASCII byte in the path, no request line, headers too large).
    /// </summary>
    public sealed record RequestUnreadable(string HttpStatus) : WireReason(WireCode)
    {
        public const string WireCode = "REQUEST_UNREADABLE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(HttpStatus) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }
}

/// <summary>One method per case of <see cref="WireReason"/>.</summary>
public interface IWireReasonVisitor<out T>
{
    T Visit(WireReason.OneOfMissing reason);
    T Visit(WireReason.NotADate reason);
    T Visit(WireReason.TooManyDepartments reason);
    T Visit(WireReason.TooManyFindings reason);
    T Visit(WireReason.TooManyFigures reason);
    T Visit(WireReason.SelfEvaluationRequired reason);
    T Visit(WireReason.AssessmentRequired reason);
    T Visit(WireReason.RuleSetUnknown reason);
    T Visit(WireReason.BodyTooLarge reason);
    T Visit(WireReason.MessageTooLarge reason);
    T Visit(WireReason.ClientNotAllowed reason);
    T Visit(WireReason.EndpointNotListed reason);
    T Visit(WireReason.RequestUnreadable reason);
}
