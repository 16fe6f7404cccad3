using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using ScoringKernel.Core.Validation;
using Xunit;

namespace ScoringKernel.Core.Tests.Validation;

public class DecimalFormattingProperties
{
    /// <summary>The text every answer carries: the exact value, no trailing zeros, "0" for any zero, and it parses back to the value.</summary>
    [Property(MaxTest = 5000)]
    public void A_decimal_is_written_exactly_without_trailing_zeros(int units, byte scale, bool negative, NonNegativeInt trailing)
    {
        var value = new decimal(units == int.MinValue ? 0 : Math.Abs(units), 0, 0, negative, (byte)(scale % 29)) * (trailing.Get % 3 == 0 ? 1.000m : 1m);
        var text = DecimalParsing.Format(value);

        Assert.Equal(value, decimal.Parse(text, CultureInfo.InvariantCulture));
        Assert.True(DecimalParsing.TryParse(text, out _), text);
        if (text.Contains('.')) Assert.False(text.EndsWith('0'), text);
        if (value == 0m) Assert.Equal("0", text);
        // The same text as trimming the invariant string, which the span formatter replaced.
        var trimmed = value.ToString(CultureInfo.InvariantCulture);
        if (trimmed.Contains('.')) trimmed = trimmed.TrimEnd('0').TrimEnd('.');
        Assert.Equal(trimmed == "-0" ? "0" : trimmed, text);
    }

    /// <summary>
    /// Over the whole range of decimals (32-, 64- and 96-bit mantissas, every scale, both signs): the hand-written digits agree
    /// with the runtime's formatter, trimmed and with a fixed number of decimals.
    /// </summary>
    [Property(MaxTest = 10000)]
    public void Any_decimal_is_written_as_the_runtime_writes_it(int lo, int mid, int hi, bool negative, byte scale, bool small, byte decimals)
    {
        var value = new decimal(lo, mid % 3 == 0 ? 0 : mid, small ? 0 : hi, negative, (byte)(scale % 29));
        var trimmed = value.ToString(CultureInfo.InvariantCulture);
        if (trimmed.Contains('.')) trimmed = trimmed.TrimEnd('0').TrimEnd('.');
        Assert.Equal(trimmed == "-0" ? "0" : trimmed, DecimalParsing.Format(value));
        var places = decimals % 8;
        Assert.Equal(value.ToString("F" + places, CultureInfo.InvariantCulture), DecimalParsing.Format(value, places));
    }
}
