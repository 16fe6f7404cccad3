using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using Xunit;
using Fraction = ScoringKernel.Core.Tests.Scoring.MidpointProperties.Fraction;

namespace ScoringKernel.Core.Tests.Scoring;

/// <summary>
/// The shortcuts of the exact sum: a decimal made a fraction by counting its factors of 2 and 5, and
/// <see cref="DeductionSum"/>'s shortfalls taken in whole numbers of 10^-scale and summed per rate before the one
/// division by the step. Both equal fractions of <see cref="BigInteger"/> computed line by line, including figures too
/// large for a <see cref="long"/> (where the sum falls back to <see cref="Rational"/>).
/// </summary>
[Properties(Arbitrary = new[] { typeof(DeductionSumProperties) }, MaxTest = 2000)]
public class DeductionSumProperties
{
    /// <summary>One line: target, actual and which of the rates it is charged at.</summary>
    public sealed record Line(decimal Target, decimal Actual, int Rate)
    {
        public override string ToString() => $"{Target} − {Actual} at rate {Rate}";
    }

    public sealed record Lines(UnitPolicy Policy, StepRate[] Rates, Line[] Items)
    {
        public override string ToString() =>
            $"{Policy}, rates [{string.Join(", ", Rates.Select(r => $"{r.Deduction} per {r.Step}"))}], lines [{string.Join("; ", Items.Select(l => l.ToString()))}]";
    }

    /// <summary>Figures on the grids the kernel sees (up to six places) and, now and then, any decimal at all (up to 28 places, 96 bits).</summary>
    private static readonly Gen<decimal> Figure = Gen.Frequency(
        (6, from units in Gen.Choose(-1_000_000, 100_000_000) from scale in Gen.Choose(0, 6) select units / MidpointProperties.Pow10(scale)),
        (1, from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from hi in Gen.Choose(0, int.MaxValue)
            from negative in Gen.Elements(false, true)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, hi, negative, (byte)scale)));

    private static readonly Gen<StepRate> Rate =
        from step in Gen.Elements(1m, 3m, 7m, 0.7m, 4.5m, 1.3m)
        from deduction in Gen.Elements(0.5m, 1m, 0.2m, 0.25m, 2m, 0.3m)
        select new StepRate(step, deduction);

    public static Arbitrary<Lines> Cases() => Arb.From(
        from policy in Gen.Elements(Enum.GetValues<UnitPolicy>())
        from rates in Gen.ArrayOf(Rate, 3)
        from count in Gen.Choose(0, 40)
        from items in Gen.ArrayOf(
            from target in Figure
            // Mostly near the target, as a village's investment is near its 30 万元.
            from actual in Gen.Frequency((3, from d in Figure select Math.Abs(target) > 1e27m ? target : target - d / 1000m), (1, Figure))
            from rate in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
            select new Line(target, actual, rate), count)
        select new Lines(policy, rates, items));

    public static Arbitrary<decimal> Decimals() => Arb.From(Figure);

    [Property]
    public void A_decimal_becomes_the_same_fraction_in_lowest_terms(decimal value)
    {
        var r = Rational.Of(value);
        var exact = Fraction.Of(value);
        Assert.True(r.Denominator.Sign > 0);
        Assert.True(BigInteger.GreatestCommonDivisor(r.Numerator, r.Denominator).IsOne || r.IsZero);
        Assert.Equal(exact.Numerator * r.Denominator, r.Numerator * exact.Denominator);
    }

    [Property]
    public void The_sum_equals_every_line_divided_by_its_step_on_its_own(Lines c)
    {
        var sum = new DeductionSum();
        var expected = Fraction.Zero;
        foreach (var line in c.Items)
        {
            var rate = c.Rates[line.Rate];
            sum.Short(VillageAssistanceRule.ProjectInvestment, Measure.Wan, line.Target, line.Actual, rate, c.Policy);
            var shortfall = Fraction.Of(line.Target) - Fraction.Of(line.Actual);
            if (shortfall.Numerator.Sign <= 0) continue;
            var steps = shortfall / Fraction.Of(rate.Step);
            steps = c.Policy switch
            {
                UnitPolicy.Proportional => steps,
                UnitPolicy.WholeUnits => steps.Floor(),
                UnitPolicy.StartedUnits => -(-steps).Floor(),
            };
            expected += steps * Fraction.Of(rate.Deduction);
        }
        var total = sum.Total;
        Assert.Equal(expected.Numerator * total.Denominator, total.Numerator * expected.Denominator);
    }
}
