using System.Globalization;

namespace ScoringKernel.Core.Validation;

/// <summary>
/// The one canonical text form of a decimal on the wire and in files: an optional minus sign, digits, and an
/// optional point with digits ("84.59", "-3", "0.5"). No exponent, no thousands separator, no NaN or infinity.
/// </summary>
public static class DecimalParsing
{
    public const string FormatDescription = "a decimal such as \"84.59\": optional '-', digits, optional '.' and digits; no exponent, separators, NaN or infinity";

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0m;
        return text is not null && text.Length <= 40 && IsCanonical(text)
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>-?[0-9]+(\.[0-9]+)? by hand: this runs for every decimal of every request.</summary>
    private static bool IsCanonical(string text)
    {
        var i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        var digitsBefore = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; digitsBefore++; }
        if (digitsBefore == 0) return false;
        if (i == text.Length) return true;
        if (text[i] != '.') return false;
        i++;
        var digitsAfter = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; digitsAfter++; }
        return digitsAfter > 0 && i == text.Length;
    }

    /// <summary>The exact value with no trailing zeros ("0.5", "15.592…", "3").</summary>
    public static string Format(decimal value)
    {
        // Every decimal of every answer passes here (thousands per Assess). Values whose digits fit in 64 bits, all
        // the regulation's, are written by hand into the stack: digits, then the point placed by the scale, trailing
        // zeros trimmed; one string allocated. Larger ones go through the runtime's formatter.
        Span<char> text = stackalloc char[64];
        var length = TryWriteDigits(value, text, out var digits, out var scale) ? PlacePoint(text, digits, scale, fixedDecimals: null) : WriteGeneral(value, text);
        return Intern(text[..length]);
    }

    /// <summary>Exactly <paramref name="decimals"/> digits after the point ("84.59", "17.50"), for published scores.</summary>
    public static string Format(decimal value, int decimals)
    {
        Span<char> text = stackalloc char[64];
        if (decimals is >= 0 and <= 28 && TryWriteDigits(value, text, out var digits, out var scale) && scale <= decimals)
            return Intern(text[..PlacePoint(text, digits, scale, decimals)]);
        return value.ToString("F" + decimals, CultureInfo.InvariantCulture);
    }

    /// <summary>The sign and the 64-bit mantissa's digits into <paramref name="text"/> (<paramref name="length"/> chars); false for a mantissa over 64 bits.</summary>
    private static bool TryWriteDigits(decimal value, Span<char> text, out int length, out int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        scale = (bits[3] >> 16) & 0xFF;
        length = 0;
        if (bits[2] != 0) return false;
        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var negative = bits[3] < 0 && mantissa != 0;
        if (negative) text[0] = '-';
        var start = negative ? 1 : 0;
        mantissa.TryFormat(text[start..], out var written, default, CultureInfo.InvariantCulture);
        length = start + written;
        return true;
    }

    /// <summary>
    /// Turns sign-and-mantissa digits into the value with <paramref name="scale"/> decimals: zeros padded in front
    /// where the mantissa is shorter than the scale, then the fraction padded to <paramref name="fixedDecimals"/>, or
    /// without them its trailing zeros trimmed. Returns the length written.
    /// </summary>
    private static int PlacePoint(Span<char> text, int length, int scale, int? fixedDecimals)
    {
        var start = text[0] == '-' ? 1 : 0;
        var digits = length - start;
        if (digits <= scale)
        {
            // "5" with scale 3 is 0.005: shift right and pad to "0005" before the point goes in.
            var pad = scale + 1 - digits;
            text.Slice(start, digits).CopyTo(text[(start + pad)..]);
            text.Slice(start, pad).Fill('0');
            length += pad;
        }
        var pointAt = length - scale;
        var fraction = scale;
        if (fixedDecimals is null)
            while (fraction > 0 && text[pointAt + fraction - 1] == '0') fraction--;
        var decimals = fixedDecimals ?? fraction;
        if (decimals == 0) return pointAt;
        text.Slice(pointAt, fraction).CopyTo(text[(pointAt + 1)..]);
        text[pointAt] = '.';
        text.Slice(pointAt + 1 + fraction, decimals - fraction).Fill('0');
        return pointAt + 1 + decimals;
    }

    private static int WriteGeneral(decimal value, Span<char> text)
    {
        value.TryFormat(text, out var length, default, CultureInfo.InvariantCulture);
        var digits = text[..length];
        if (digits.IndexOf('.') >= 0)
        {
            digits = digits.TrimEnd('0').TrimEnd('.');
            if (digits is "-0")
            {
                text[0] = '0';
                return 1;
            }
        }
        return digits.Length;
    }

    private static string Intern(ReadOnlySpan<char> text) => text switch
    {
        "0" => "0",
        "1" => "1",
        _ => new string(text),
    };
}
