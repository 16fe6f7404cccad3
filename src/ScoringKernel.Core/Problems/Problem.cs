namespace ScoringKernel.Core.Problems;

/// <summary>
/// One thing wrong with an input, as data: why (<see cref="Reason"/>, a case with its own named, typed values) and
/// where (<see cref="At"/>, in the domain's terms). No sentence: the words module renders it in zh-CN or en, Wire
/// renders its place as a proto field path.
/// </summary>
public sealed record Problem(Reason Reason, Place At)
{
    public static Problem Of(Reason reason) => new(reason, Place.Whole);

    /// <summary>The reason's values as arguments of any kind (for the facts a program reads: the unit, the figure).</summary>
    public LanguageExt.Seq<Arg> Args => Reason.Args;

    /// <summary>The same problem inside <paramref name="outer"/>.</summary>
    public Problem Under(params Step[] outer) => this with { At = At.Under(outer) };

    /// <summary>The same problem at <paramref name="place"/>, which replaces where it stood.</summary>
    public Problem AtPlace(Place place) => this with { At = place };

    public override string ToString() => $"{At}: {Reason.Code}({string.Join(", ", Args)})";
}
