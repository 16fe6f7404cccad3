using System.Globalization;
using System.Text.RegularExpressions;

namespace ScoringKernel.Core.Validation;

/// <summary>
/// The one canonical text form of a decimal on the wire and in files: an optional minus sign, digits, and an
/// optional point with digits ("84.59", "-3", "0.5"). No exponent, no thousands separator, no NaN or infinity.
/// </summary>
public static partial class DecimalParsing
{
    public const string FormatDescription = "a decimal such as \"84.59\": optional '-', digits, optional '.' and digits; no exponent, separators, NaN or infinity";

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0m;
        return text is not null && text.Length <= 40 && Pattern().IsMatch(text)
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex Pattern();
}
