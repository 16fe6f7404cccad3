using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScoringKernel.Core.Scoring;
using Xunit;
using Fraction = ScoringKernel.Core.Tests.Scoring.MidpointProperties.Fraction;

namespace ScoringKernel.Core.Tests.Scoring;

/// <summary>
/// <see cref="Rational"/>'s sum, difference, product and quotient (computed on <see cref="long"/> with Knuth's GCDs of the
/// smaller parts) equal fractions of <see cref="BigInteger"/> computed plainly, and come out in lowest terms: for the
/// figures' small fractions, for parts near the ends of a <see cref="long"/>, and for values already beyond it.
/// </summary>
[Properties(Arbitrary = new[] { typeof(RationalArithmeticProperties) }, MaxTest = 3000)]
public class RationalArithmeticProperties
{
    private static readonly Gen<long> Part = Gen.Frequency(
        (4, from x in Gen.Choose(-100_000, 100_000) select (long)x),
        (2, from x in Gen.Elements(1L, 2L, 3L, 5L, 7L, 10L, 100L, 1_000_000L, 14_077L, 236_500L) from sign in Gen.Elements(1L, -1L) select x * sign),
        (1, from hi in Gen.Choose(int.MinValue, int.MaxValue) from lo in Gen.Choose(int.MinValue, int.MaxValue) select ((long)hi << 32) | (uint)lo),
        (1, Gen.Elements(long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1, 1L << 62, 3_037_000_499L)));

    /// <summary>A value as its fraction (a value beyond a decimal has no decimal to show).</summary>
    public sealed record Value(Rational R)
    {
        public override string ToString() => $"{R.Numerator}/{R.Denominator}";
    }

    public static Arbitrary<Value> Values() => Arb.From(
        from n in Part
        from d in Part
        from big in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        where d != 0
        select new Value(big ? Rational.Of(new BigInteger(n) * long.MaxValue, new BigInteger(d)) : Rational.Of(n, d)));

    private static Fraction F(Rational r) => new(r.Numerator, r.Denominator);

    private static void Same(Fraction expected, Rational actual)
    {
        Assert.True(actual.Denominator.Sign > 0, "denominator not positive");
        Assert.True(BigInteger.GreatestCommonDivisor(actual.Numerator, actual.Denominator).IsOne, $"{actual.Numerator}/{actual.Denominator} not in lowest terms");
        Assert.Equal(expected.Numerator * actual.Denominator, actual.Numerator * expected.Denominator);
    }

    [Property]
    public void Sums_and_differences_are_exact_and_reduced(Value x, Value y)
    {
        var (a, b) = (x.R, y.R);
        Same(F(a) + F(b), a + b);
        Same(F(a) - F(b), a - b);
    }

    [Property]
    public void Products_and_quotients_are_exact_and_reduced(Value x, Value y)
    {
        var (a, b) = (x.R, y.R);
        Same(F(a) * F(b), a * b);
        if (!b.IsZero) Same(F(a) / F(b), a / b);
    }
}
