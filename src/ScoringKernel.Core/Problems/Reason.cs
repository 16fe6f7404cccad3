using LanguageExt;

namespace ScoringKernel.Core.Problems;

/// <summary>
/// Why something was refused or is worth a warning: a case of a closed hierarchy, one abstract record per area of the
/// product (<see cref="ValueReason"/>, <c>JsonReason</c> …), each case with its own named, typed values
/// (<c>new ValueReason.TooLarge(Got: 12m, Most: 10m)</c>) and the stable code an integrator switches on
/// (<see cref="Code"/>, <c>VALUE_TOO_LARGE</c>), never a sentence. The words module renders each case in each language
/// through <see cref="IReasonVisitor{T}"/>: a case without its words, in any language, does not compile.
/// </summary>
public abstract record Reason
{
    private protected Reason(string code) => Code = code;

    /// <summary>The wire's stable code (ErrorInfo's reason, ProblemFacts.reason): never changes once given.</summary>
    public string Code { get; }

    /// <summary>The values the reason carries, as arguments of any kind: for the facts a program reads (the unit, the figure).</summary>
    public virtual Seq<Arg> Args => LanguageExt.Seq<Arg>.Empty;

    public abstract T Accept<T>(IReasonVisitor<T> visitor);

    public sealed override string ToString() => Code;
}
