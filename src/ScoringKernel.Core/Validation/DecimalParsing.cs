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
        // Every decimal of every answer passes here: formatted into the stack, trimmed there, one string allocated.
        Span<char> text = stackalloc char[64];
        value.TryFormat(text, out var length, default, CultureInfo.InvariantCulture);
        var digits = text[..length];
        if (digits.IndexOf('.') >= 0)
        {
            digits = digits.TrimEnd('0').TrimEnd('.');
            if (digits is "-0") return "0";
        }
        return digits.Length switch
        {
            1 when digits[0] == '0' => "0",
            1 when digits[0] == '1' => "1",
            _ => new string(digits),
        };
    }

    /// <summary>Exactly <paramref name="decimals"/> digits after the point ("84.59", "17.50"), for published scores.</summary>
    public static string Format(decimal value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);
}
