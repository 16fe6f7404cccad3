using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Rules;

/// <summary>
/// How the regulation's sentences print a rule set's numbers, so that a sentence rendered from the parameters in
/// force reads as the regulation wrote it: "每减少一户扣0.3分" with the 2015 parameters, "每减少2户扣0.4分" after a scenario.
/// </summary>
public static class Wording
{
    /// <summary>A number as the regulation prints it: exact, no trailing zeros ("0.3", "100").</summary>
    public static string N(decimal value) => DecimalParsing.Format(value);

    /// <summary>A step of <paramref name="unit"/>: "一户" / "一个百分点" for a step of 1 (the regulation's words), else "2户".</summary>
    public static string Per(decimal step, string unit) => step == 1m ? "一" + unit : N(step) + unit;

    /// <summary>The English of a step: "percentage point" for a step of 1, else "2 percentage points".</summary>
    public static string PerEn(decimal step, string unit) => step == 1m ? unit : $"{N(step)} {unit}s";
}
