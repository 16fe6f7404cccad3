using System.Globalization;
using System.Numerics;

namespace ScoringKernel.Core.Scoring;

/// <summary>
/// An exact rational number: the value the regulation defines (shortfall ÷ step × rate, a reduction rate) before the one
/// rounding to the rule set's decimals. Kept in lowest terms with a positive denominator, so equal values are equal
/// structurally. Numerator and denominator are <see cref="long"/> while they fit (every figure of a real assessment)
/// and <see cref="BigInteger"/> only beyond, so no operation ever overflows or rounds
/// (specs/docs/decisions/0004-exact-arithmetic.md).
/// </summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    // Small form: big is null, the value is n / (dm1 + 1) (so default(Rational) is 0 / 1).
    private readonly long n;
    private readonly long dm1;
    // Large form: the value is big.Value.N / big.Value.D.
    private readonly Big? big;

    private sealed record Big(BigInteger N, BigInteger D);

    private Rational(long numerator, long denominator) => (n, dm1, big) = (numerator, denominator - 1, null);

    private Rational(Big value) => (n, dm1, big) = (0, 0, value);

    public static readonly Rational Zero = default;
    public static readonly Rational One = new(1, 1);

    public BigInteger Numerator => big is null ? n : big.N;
    public BigInteger Denominator => big is null ? dm1 + 1 : big.D;

    public int Sign => big is null ? Math.Sign(n) : big.N.Sign;

    public bool IsZero => big is null ? n == 0 : big.N.IsZero;

    public bool IsInteger => big is null ? dm1 == 0 : big.D.IsOne;

    /// <summary>Whether the value is a terminating decimal (its denominator has no prime factor but 2 and 5) that <see cref="decimal"/> holds exactly.</summary>
    public bool IsFiniteDecimal => Strip25(Denominator).IsOne && TryExactDecimal(out _);

    public static implicit operator Rational(decimal value) => Of(value);

    public static implicit operator Rational(int value) => new(value, 1);

    public static Rational Of(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        if (bits[2] == 0 && bits[1] >= 0 && scale <= 18)
        {
            var mantissa = ((long)bits[1] << 32) | (uint)bits[0];
            return OfScaled(negative ? -mantissa : mantissa, scale);
        }
        var big = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        return Normalize(negative ? -big : big, BigInteger.Pow(10, scale));
    }

    /// <summary>numerator ÷ denominator (denominator not 0).</summary>
    public static Rational Of(long numerator, long denominator) =>
        denominator == 0 ? throw new DivideByZeroException() : Reduce(numerator, denominator);

    public static Rational Of(BigInteger numerator, BigInteger denominator) =>
        denominator.IsZero ? throw new DivideByZeroException() : Normalize(numerator, denominator);

    /// <summary>
    /// units ÷ 10^scale (scale 0–18) in lowest terms. The common factor of units and 10^scale is a power of 2 times a power
    /// of 5, found by counting, where a general GCD would loop.
    /// </summary>
    internal static Rational OfScaled(long units, int scale)
    {
        if (units == 0) return Zero;
        if (scale == 0) return new(units, 1);
        var twos = Math.Min(System.Numerics.BitOperations.TrailingZeroCount(units), scale);
        var (n, d) = (units >> twos, Pow10Long[scale] >> twos);
        for (var fives = 0; fives < scale && n % 5 == 0; fives++) (n, d) = (n / 5, d / 5);
        return new(n, d);
    }

    internal static long Pow10(int exponent) => Pow10Long[exponent];

    private static Rational Reduce(long numerator, long denominator)
    {
        if (denominator == 1) return new(numerator, 1);
        if (denominator < 0)
        {
            if (numerator == long.MinValue || denominator == long.MinValue) return Normalize(numerator, denominator);
            (numerator, denominator) = (-numerator, -denominator);
        }
        var g = Gcd(Magnitude(numerator), (ulong)denominator);
        return g <= 1 ? new(numerator, denominator) : new(numerator / (long)g, denominator / (long)g);
    }

    private static Rational Normalize(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!g.IsOne && !g.IsZero) (numerator, denominator) = (numerator / g, denominator / g);
        if (numerator.IsZero) return Zero;
        return numerator >= long.MinValue + 1 && numerator <= long.MaxValue && denominator <= long.MaxValue
            ? new((long)numerator, (long)denominator)
            : new(new Big(numerator, denominator));
    }

    /// <summary>Binary GCD (Stein): shifts and subtractions, no division; the common case (a power of ten) ends in a few steps.</summary>
    private static ulong Gcd(ulong a, ulong b)
    {
        if (a == 0) return b;
        if (b == 0) return a;
        if (a == 1 || b == 1) return 1;
        var shift = System.Numerics.BitOperations.TrailingZeroCount(a | b);
        a >>= System.Numerics.BitOperations.TrailingZeroCount(a);
        do
        {
            b >>= System.Numerics.BitOperations.TrailingZeroCount(b);
            if (a > b) (a, b) = (b, a);
            b -= a;
        } while (b != 0);
        return a << shift;
    }

    // The sum, product and quotient of two small fractions follow Knuth (TAOCP 4.5.1): both are in lowest terms, so the
    // GCDs that remain are of the smaller parts (often 1 or skipped: a whole number plus a fraction is in lowest terms),
    // never of the full cross products, and the result needs no reduction after.
    public static Rational operator +(Rational a, Rational b)
    {
        if (a.big is null && b.big is null)
        {
            if (b.n == 0) return a;
            if (a.n == 0) return b;
            var (da, db) = (a.dm1 + 1, b.dm1 + 1);
            if (da == db)
            {
                var s = a.n + b.n;
                // Overflow when both operands have the sign the sum lacks.
                if (((a.n ^ s) & (b.n ^ s)) >= 0) return da == 1 ? new(s, 1) : Reduce(s, da);
            }
            else
            {
                // With g = gcd(da, db): (a.n·(db/g) + b.n·(da/g)) / (da/g · db), and only gcd(that numerator, g) divides out.
                var g = (long)Gcd((ulong)da, (ulong)db);
                var (ra, rb) = (da / g, db / g);
                if (TryMul(a.n, rb, out var x) && TryMul(b.n, ra, out var y))
                {
                    var s = x + y;
                    if (((x ^ s) & (y ^ s)) >= 0)
                    {
                        if (s == 0) return Zero;
                        var g2 = g == 1 ? 1 : (long)Gcd(Magnitude(s), (ulong)g);
                        if (TryMul(ra, db / g2, out var d)) return new(s / g2, d);
                    }
                }
            }
        }
        return Normalize(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    }

    public static Rational operator -(Rational a) =>
        a.big is null && a.n != long.MinValue ? new(-a.n, a.dm1 + 1) : Normalize(-a.Numerator, a.Denominator);

    public static Rational operator -(Rational a, Rational b) => a + -b;

    public static Rational operator *(Rational a, Rational b)
    {
        if (a.big is null && b.big is null)
        {
            if (a.n == 0 || b.n == 0) return Zero;
            if (TryMultiply(a.n, a.dm1 + 1, b.n, b.dm1 + 1, out var product)) return product;
        }
        return Normalize(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
    }

    public static Rational operator /(Rational a, Rational b)
    {
        if (b.IsZero) throw new DivideByZeroException();
        if (a.big is null && b.big is null && b.n != long.MinValue)
        {
            if (a.n == 0) return Zero;
            // The reciprocal of a fraction in lowest terms is in lowest terms.
            var (rn, rd) = b.n < 0 ? (-(b.dm1 + 1), -b.n) : (b.dm1 + 1, b.n);
            if (TryMultiply(a.n, a.dm1 + 1, rn, rd, out var quotient)) return quotient;
        }
        return Normalize(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
    }

    /// <summary>(an / ad) · (bn / bd), both in lowest terms with positive denominators, neither numerator 0: divide out gcd(an, bd) and gcd(bn, ad) first.</summary>
    private static bool TryMultiply(long an, long ad, long bn, long bd, out Rational product)
    {
        var g1 = bd == 1 ? 1 : (long)Gcd(Magnitude(an), (ulong)bd);
        var g2 = ad == 1 ? 1 : (long)Gcd(Magnitude(bn), (ulong)ad);
        if (TryMul(an / g1, bn / g2, out var num) && TryMul(ad / g2, bd / g1, out var den))
        {
            product = new(num, den);
            return true;
        }
        product = default;
        return false;
    }

    private static ulong Magnitude(long value) => value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;

    internal static bool TryMul(long a, long b, out long product)
    {
        var wide = Math.BigMul(a, b, out long low);
        product = low;
        return (wide == 0 && low >= 0) || (wide == -1 && low < 0);
    }

    public int CompareTo(Rational other)
    {
        if (big is null && other.big is null)
        {
            if (dm1 == other.dm1) return n.CompareTo(other.n);
            var left = (Int128)n * (other.dm1 + 1);
            var right = (Int128)other.n * (dm1 + 1);
            return left.CompareTo(right);
        }
        return (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    }

    public bool Equals(Rational other) =>
        big is null && other.big is null ? n == other.n && dm1 == other.dm1 : Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    public override int GetHashCode() => big is null ? HashCode.Combine(n, dm1) : HashCode.Combine(big.N, big.D);

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;
    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    /// <summary>The largest integer not above the value.</summary>
    public Rational Floor()
    {
        if (big is null)
        {
            if (dm1 == 0) return this;
            var d = dm1 + 1;
            var q = n / d;
            return new(n % d < 0 ? q - 1 : q, 1);
        }
        var quotient = BigInteger.DivRem(big.N, big.D, out var rem);
        return Normalize(rem.Sign < 0 ? quotient - 1 : quotient, BigInteger.One);
    }

    /// <summary>The smallest integer not below the value.</summary>
    public Rational Ceiling() => -(-this).Floor();

    /// <summary>
    /// The value rounded to <paramref name="decimals"/> places, half away from zero: the one rounding a score gets. Exact:
    /// a value exactly on a midpoint always goes away from zero.
    /// </summary>
    public decimal Round(int decimals)
    {
        if (big is null && decimals <= 18 && n != long.MinValue && TryMul(Math.Abs(n), Pow10Long[decimals], out var scaledSmall))
        {
            var d = dm1 + 1;
            var qs = Math.DivRem(scaledSmall, d, out var r);
            if (r >= d - r) qs++;
            return new decimal((int)(qs & 0xFFFFFFFF), (int)(qs >> 32), 0, n < 0 && qs != 0, (byte)decimals);
        }
        var scale = BigInteger.Pow(10, decimals);
        var magnitude = BigInteger.Abs(Numerator) * scale;
        var q = BigInteger.DivRem(magnitude, Denominator, out var rem);
        if (rem * 2 >= Denominator) q += 1;
        return ToDecimal(Sign < 0 ? -q : q, decimals);
    }

    /// <summary>
    /// The value as a <see cref="decimal"/>: exact when it is a finite decimal that fits, else rounded (half away from
    /// zero) to as many places as 28 significant digits leave. For views that publish a decimal; scores use <see cref="Round"/>.
    /// </summary>
    public decimal ToDecimal()
    {
        if (TryExactDecimal(out var exact)) return exact;
        var integerDigits = BigInteger.Abs(Numerator / Denominator) is var whole && whole.IsZero ? 0 : (int)Math.Floor(BigInteger.Log10(whole)) + 1;
        return Round(Math.Clamp(28 - integerDigits, 0, 28));
    }

    private bool TryExactDecimal(out decimal value)
    {
        value = 0m;
        var d = Denominator;
        // d = 2^a · 5^b: scale by 10^max(a, b).
        var twos = 0;
        var fives = 0;
        while (d.IsEven) { d >>= 1; twos++; }
        while ((d % 5).IsZero) { d /= 5; fives++; }
        if (!d.IsOne) return false;
        var places = Math.Max(twos, fives);
        if (places > 28) return false;
        var scaled = Numerator * BigInteger.Pow(10, places) / Denominator;
        if (BigInteger.Abs(scaled) > MaxMantissa) return false;
        value = ToDecimal(scaled, places);
        return true;
    }

    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

    private static decimal ToDecimal(BigInteger scaled, int places)
    {
        var magnitude = BigInteger.Abs(scaled);
        if (magnitude > MaxMantissa) throw new OverflowException($"{scaled}e-{places} does not fit a decimal");
        var lo = (int)(uint)(magnitude & uint.MaxValue);
        var mid = (int)(uint)((magnitude >> 32) & uint.MaxValue);
        var hi = (int)(uint)((magnitude >> 64) & uint.MaxValue);
        return new decimal(lo, mid, hi, scaled.Sign < 0, (byte)places);
    }

    private static BigInteger Strip25(BigInteger d)
    {
        while (d.IsEven) d >>= 1;
        while ((d % 5).IsZero) d /= 5;
        return d;
    }

    private static readonly long[] Pow10Long = Enumerable.Range(0, 19).Select(i => (long)Math.Pow(10, i)).ToArray();

    /// <summary>
    /// How a person reads the value: the exact decimal when it terminates ("5.5"); otherwise the division that defines
    /// it, a terminating decimal over a whole number prime to 10, and its value rounded half away from zero to
    /// <paramref name="displayDecimals"/> places ("2.33 ÷ 3 ≈ 0.7767").
    /// </summary>
    public string Written(int displayDecimals = 4)
    {
        if (TryExactDecimal(out var exact)) return Validation.DecimalParsing.Format(exact);
        var rest = Strip25(Denominator);
        var dividend = Of(Numerator, Denominator / rest);
        // The dividend terminates; beyond a decimal's 28 places or 96 bits it is written as its fraction (no kernel value is).
        var head = dividend.TryExactDecimal(out var terminating)
            ? Validation.DecimalParsing.Format(terminating)
            : $"{dividend.Numerator.ToString(CultureInfo.InvariantCulture)}/{dividend.Denominator.ToString(CultureInfo.InvariantCulture)}";
        return $"{head} ÷ {rest.ToString(CultureInfo.InvariantCulture)} ≈ {Validation.DecimalParsing.Format(Round(displayDecimals))}";
    }

    /// <summary><see cref="Written"/> when the value does not terminate; empty when <see cref="ToDecimal"/> is exact.</summary>
    public string WrittenIfNotFinite(int displayDecimals = 4) => IsFiniteDecimal ? "" : Written(displayDecimals);

    public override string ToString() => Written();
}
