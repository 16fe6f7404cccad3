using ScoringKernel.TestSupport;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Tests.Support;
using ScoringKernel.Core.Units;
using Xunit;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Tests.Scoring;

/// <summary>
/// 六's project investment, built so that the exact score lands on a midpoint (its digit after the rule set's last
/// decimal is a 5 and nothing follows): the kernel's score equals the score computed here with fractions of
/// <see cref="BigInteger"/>, for every unit policy and 0–4 score decimals. A step of 3 or 7 makes every village's steps
/// a repeating decimal whose sum terminates: any rounding before the one rounding of the score shows.
/// </summary>
[Properties(MaxTest = 600)]
public class MidpointProperties
{
    /// <summary>One constructed case: the rule set in force, the unit's row and its villages' investments.</summary>
    public sealed record MidpointCase(RuleSet Rules, UnitTargets Targets, Seq<VillageFigures> Villages)
    {
        public override string ToString() =>
            $"{Rules.Policy}, {Rules.ScoreDecimals} decimals, step {Rules.VillageAssistance.InvestmentShort.Step}, rate {Rules.VillageAssistance.InvestmentShort.Deduction}, investments [{string.Join(", ", Villages.Map(v => v.ProjectInvestmentWan))}]";
    }

    private const decimal PerVillage = 30m;
    private const decimal Standard = 20m;

    private static readonly decimal[] Steps = [3m, 7m, 4.5m, 1.3m, 0.7m, 6m, 9m, 2.5m];

    /// <summary>Rates whose inverse is whole, so the total shortfall the midpoint needs is a finite decimal.</summary>
    private static readonly decimal[] ProportionalRates = [0.5m, 1m, 0.2m, 0.25m, 0.1m];

    private static Gen<MidpointCase> Proportional(int decimals) =>
        from step in Gen.Elements(Steps)
        from rate in Gen.Elements(ProportionalRates)
        from below in Gen.Choose(0, (int)(Standard * Pow10(decimals)) - 1)
        from seed in Gen.Choose(0, int.MaxValue)
        let midpoint = (below + 0.5m) / Pow10(decimals)
        let totalShortfall = (Standard - midpoint) * step / rate
        let count = (int)decimal.Ceiling(totalShortfall / PerVillage) + seed % 4
        select Case(UnitPolicy.Proportional, decimals, step, rate, Split(totalShortfall, count, seed));

    /// <summary>Whole and started steps count whole numbers: an odd count of steps at a rate of an odd multiple of 5 at decimal d + 1 ends in 5 there.</summary>
    private static Gen<MidpointCase> Counted(UnitPolicy policy, int decimals) =>
        from step in Gen.Elements(Steps)
        from odd in Gen.Choose(0, 3)
        let rate = (2 * odd + 1) * 5m / Pow10(decimals + 1)
        let maxSteps = (int)Math.Min(Standard / rate, 2_001m)
        from half in Gen.Choose(0, (maxSteps - 1) / 2)
        from seed in Gen.Choose(0, int.MaxValue)
        select Case(policy, decimals, step, rate, StepsToShortfalls(policy, 2 * half + 1, step, seed));

    private static MidpointCase Case(UnitPolicy policy, int decimals, decimal step, decimal rate, decimal[] shortfalls)
    {
        var rules = Hengyang2015.RuleSet with
        {
            Policy = policy,
            ScoreDecimals = decimals,
            VillageAssistance = Hengyang2015.RuleSet.VillageAssistance with { Standard = Standard, InvestmentShort = new StepRate(step, rate), PerVillageInvestmentTargetWan = PerVillage },
        };
        var villages = toSeq(shortfalls.Select((s, i) => VillageFigures.Create($"村{i + 1:000}", true, PerVillage - s).Accept())).Strict();
        var targets = UnitTargets.Create(UnitCode.Known("430424"), "衡东县", UnitKind.County,
            PopulationTargets.Create(0, 0m, 0, 0).Accept(),
            WorkTargets.Create(0m, 0m, 0m, 0m, None, None, 0, 0, 0, villages.Count, None).Accept()).Accept();
        return new MidpointCase(rules, targets, villages);
    }

    /// <summary>A total shortfall split over villages, each between 0 and the per-village target, in millionths (the figures' finest grid).</summary>
    private static decimal[] Split(decimal total, int count, int seed)
    {
        var random = new Random(seed);
        var left = (long)(total * 1_000_000m);
        var cap = (long)(PerVillage * 1_000_000m);
        var parts = new decimal[count];
        for (var i = 0; i < count; i++)
        {
            var room = (long)(count - i - 1) * cap;
            var least = Math.Max(0, left - room);
            var most = Math.Min(cap, left);
            var part = least + (long)(random.NextDouble() * (most - least));
            parts[i] = part / 1_000_000m;
            left -= part;
        }
        return parts;
    }

    /// <summary>Steps spread over villages, each shortfall inside the interval its policy counts as that many steps.</summary>
    private static decimal[] StepsToShortfalls(UnitPolicy policy, int steps, decimal step, int seed)
    {
        var random = new Random(seed);
        var most = (int)decimal.Floor(PerVillage / step);
        var shortfalls = new List<decimal>();
        while (steps > 0)
        {
            var k = Math.Min(steps, random.Next(1, most + 1));
            steps -= k;
            // A fraction of a step on the 0.01 grid, strictly below one step.
            var fraction = Math.Min(random.Next(0, (int)(step * 100m)) / 100m, PerVillage - k * step);
            shortfalls.Add(policy == UnitPolicy.WholeUnits ? k * step + fraction : k * step - fraction);
            if (random.Next(3) == 0) shortfalls.Add(0m);
        }
        return shortfalls.ToArray();
    }

    internal static decimal Pow10(int n) => n == 0 ? 1m : 10m * Pow10(n - 1);

    public static Arbitrary<MidpointCase> Cases() => Arb.From(
        from decimals in Gen.Choose(0, RuleSetChecks.MaxScoreDecimals)
        from policy in Gen.Elements(Enum.GetValues<UnitPolicy>())
        from c in policy == UnitPolicy.Proportional ? Proportional(decimals) : Counted(policy, decimals)
        select c);

    [Property(Arbitrary = new[] { typeof(MidpointProperties) })]
    public void The_kernel_rounds_an_exact_midpoint_away_from_zero_as_exact_fractions_do(MidpointCase c)
    {
        var (exact, expected) = ExactScore(c);
        var decimals = c.Rules.ScoreDecimals;

        // The case is on a midpoint: ×10^(d+1) it is a whole number ending in 5.
        var scaled = exact * Fraction.Pow10(decimals + 1);
        Assert.True(scaled.IsWhole, $"{exact} is not on the grid of 10^-{decimals + 1}");
        Assert.Equal(5, (int)(BigInteger.Abs(scaled.Numerator / scaled.Denominator) % 10));

        var score = Scorer.ScoreIndicator(c.Rules, c.Targets, VillagesOnly(c), Indicator.VillageAssistance);
        Assert.Equal(expected, score.Score);
        Assert.True((Rational)score.Score > score.ExactUnrounded, "a midpoint rounds away from zero, up");
    }

    private static Core.Figures.UnitFigures VillagesOnly(MidpointCase c) =>
        FigureBuilder.Meeting(c.Targets) with
        {
            VillageAssistance = Core.Attachment1.VillageAssistanceFigures.Create(c.Villages, 100m, 100m).Accept(),
        };

    /// <summary>The regulation's arithmetic with fractions: Σ steps(shortfall ÷ step) × rate, capped, rounded half away from zero once.</summary>
    private static (Fraction Exact, decimal Rounded) ExactScore(MidpointCase c)
    {
        var rate = c.Rules.VillageAssistance.InvestmentShort;
        var deduction = Fraction.Zero;
        foreach (var v in c.Villages)
        {
            var shortfall = Fraction.Of(PerVillage) - Fraction.Of(v.ProjectInvestmentWan);
            if (shortfall.Numerator.Sign <= 0) continue;
            var steps = shortfall / Fraction.Of(rate.Step);
            steps = c.Rules.Policy switch
            {
                UnitPolicy.Proportional => steps,
                UnitPolicy.WholeUnits => steps.Floor(),
                UnitPolicy.StartedUnits => -(-steps).Floor(),
            };
            deduction += steps * Fraction.Of(rate.Deduction);
        }
        var standard = Fraction.Of(c.Rules.VillageAssistance.Standard);
        var exact = standard - (deduction.CompareTo(standard) > 0 ? standard : deduction);
        return (exact, exact.RoundHalfAwayFromZero(c.Rules.ScoreDecimals));
    }

    /// <summary>A fraction of big integers, written here and nowhere else, so the test does not lean on the kernel's <see cref="Rational"/>.</summary>
    public readonly record struct Fraction(BigInteger Numerator, BigInteger Denominator)
    {
        public static readonly Fraction Zero = new(0, 1);

        public static Fraction Of(decimal value)
        {
            var bits = decimal.GetBits(value);
            var scale = (bits[3] >> 16) & 0xFF;
            var mantissa = new BigInteger((uint)bits[0]) | new BigInteger((uint)bits[1]) << 32 | new BigInteger((uint)bits[2]) << 64;
            return new Fraction(bits[3] < 0 ? -mantissa : mantissa, BigInteger.Pow(10, scale));
        }

        public static Fraction Pow10(int n) => new(BigInteger.Pow(10, n), 1);

        public bool IsWhole => (Numerator % Denominator).IsZero;

        public static Fraction operator +(Fraction a, Fraction b) => new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
        public static Fraction operator -(Fraction a) => new(-a.Numerator, a.Denominator);
        public static Fraction operator -(Fraction a, Fraction b) => a + -b;
        public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
        public static Fraction operator /(Fraction a, Fraction b) =>
            b.Numerator.Sign < 0 ? new(-a.Numerator * b.Denominator, a.Denominator * -b.Numerator) : new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

        public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

        public Fraction Floor()
        {
            var q = BigInteger.DivRem(Numerator, Denominator, out var r);
            return new(r.Sign < 0 ? q - 1 : q, 1);
        }

        /// <summary>Half away from zero: |x| × 10^d + ½, floored, signed back.</summary>
        public decimal RoundHalfAwayFromZero(int decimals)
        {
            var scaled = new Fraction(BigInteger.Abs(Numerator) * BigInteger.Pow(10, decimals) * 2 + Denominator, Denominator * 2).Floor().Numerator;
            return (decimal)(Numerator.Sign < 0 ? -scaled : scaled) / MidpointProperties.Pow10(decimals);
        }

        public override string ToString() => $"{Numerator}/{Denominator}";
    }
}
