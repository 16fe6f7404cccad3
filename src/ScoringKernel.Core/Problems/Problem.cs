using LanguageExt;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Problems;

/// <summary>
/// One thing wrong with an input, as data: why (<see cref="Reason"/>, a case with its own typed values) and where
/// (<see cref="At"/>, in the domain's terms). No sentence: the words module renders it in zh-CN or en, Wire renders its
/// place as a proto field path.
/// </summary>
public sealed record Problem
{
    private readonly Seq<Arg> legacyArgs;

    public Problem(Reason reason, Place at)
    {
        Reason = reason;
        At = at;
    }

    public Problem(Reason reason, Place at, Seq<Arg> args) : this(reason, at) => legacyArgs = args;

    public Reason Reason { get; init; }

    public Place At { get; init; }

    /// <summary>The reason's values as arguments of any kind.</summary>
    public Seq<Arg> Args => Reason is LegacyReason ? legacyArgs : Reason.Args;

    public static Problem Of(Reason reason) => new(reason, Place.Whole);

    public static Problem Of(Reason reason, params Arg[] args) => new(reason, Place.Whole, toSeq(args).Strict());

    /// <summary>The same problem inside <paramref name="outer"/>.</summary>
    public Problem Under(params Step[] outer) => this with { At = At.Under(outer) };

    /// <summary>The same problem at <paramref name="place"/>, which replaces where it stood.</summary>
    public Problem AtPlace(Place place) => this with { At = place };

    public bool Equals(Problem? other) => other is not null && Reason == other.Reason && At.Equals(other.At) && Args.SequenceEqual(other.Args);

    public override int GetHashCode() => HashCode.Combine(Reason, At);

    public override string ToString() => $"{At}: {Reason.Code}({string.Join(", ", Args)})";
}
