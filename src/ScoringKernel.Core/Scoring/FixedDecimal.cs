namespace ScoringKernel.Core.Scoring;

/// <summary>
/// A decimal figure as a whole number of 10^-<see cref="Scale"/> in a <see cref="long"/>: exact addition and subtraction
/// without the <see cref="Rational"/> reduction (a GCD) a fraction needs after every step. Each operation answers false
/// where the figure or the result does not fit, and the caller takes the <see cref="Rational"/> path instead.
/// </summary>
internal readonly record struct FixedDecimal(long Units, int Scale)
{
    private const int MaxScale = 18;

    public static bool TryOf(decimal value, out FixedDecimal result)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[2] != 0 || bits[1] < 0 || scale > MaxScale)
        {
            result = default;
            return false;
        }
        var magnitude = ((long)bits[1] << 32) | (uint)bits[0];
        result = new(bits[3] < 0 ? -magnitude : magnitude, scale);
        return true;
    }

    public bool TryAdd(FixedDecimal other, out FixedDecimal sum)
    {
        sum = default;
        if (!TryAlign(this, other, out var a, out var b, out var scale)) return false;
        var s = a + b;
        // Overflow when both terms have the sign the sum lacks.
        if (((a ^ s) & (b ^ s)) < 0) return false;
        sum = new(s, scale);
        return true;
    }

    public bool TrySubtract(FixedDecimal other, out FixedDecimal difference) =>
        other.Units == long.MinValue ? Fail(out difference) : TryAdd(new(-other.Units, other.Scale), out difference);

    public Rational ToRational() => Rational.OfScaled(Units, Scale);

    private static bool Fail(out FixedDecimal result)
    {
        result = default;
        return false;
    }

    private static bool TryAlign(FixedDecimal x, FixedDecimal y, out long a, out long b, out int scale)
    {
        (a, b, scale) = (x.Units, y.Units, Math.Max(x.Scale, y.Scale));
        return (x.Scale == scale || Rational.TryMul(a, Rational.Pow10(scale - x.Scale), out a))
            && (y.Scale == scale || Rational.TryMul(b, Rational.Pow10(scale - y.Scale), out b));
    }
}
