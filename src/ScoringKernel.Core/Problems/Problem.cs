using LanguageExt;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Problems;

/// <summary>
/// One thing wrong with an input, as data: why (<see cref="Reason"/>), where (<see cref="At"/>, in the domain's
/// terms) and the typed values it concerns (<see cref="Args"/>). No sentence: the words module renders it in zh-CN or
/// en, Wire renders its place as a proto field path.
/// </summary>
public sealed record Problem(Reason Reason, Place At, Seq<Arg> Args)
{
    public static Problem Of(Reason reason, params Arg[] args) => new(reason, Place.Whole, toSeq(args).Strict());

    /// <summary>The same problem inside <paramref name="outer"/>.</summary>
    public Problem Under(params Step[] outer) => this with { At = At.Under(outer) };

    /// <summary>The same problem at <paramref name="place"/>, which replaces where it stood.</summary>
    public Problem AtPlace(Place place) => this with { At = place };

    public bool Equals(Problem? other) => other is not null && Reason == other.Reason && At.Equals(other.At) && Args.SequenceEqual(other.Args);

    public override int GetHashCode() => HashCode.Combine(Reason, At);

    public override string ToString() => $"{At}: {Reason.Code}({string.Join(", ", Args)})";
}
