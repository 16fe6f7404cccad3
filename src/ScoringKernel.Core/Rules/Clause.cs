using LanguageExt;
using ScoringKernel.Core.Attachment1;

namespace ScoringKernel.Core.Rules;

/// <summary>
/// The regulation's words for one indicator of Attachment 1 (考核内容 and 评分标准) rendered with a rule set's parameters,
/// an English rendering, the reading (specs/docs/readings.md) fixed where the text leaves room, and the departments the row names as
/// providing its figures ("由统计局、扶贫办提供"). Each indicator's folder writes
/// its clause once; the catalog, the explanations, the notice and <c>specs/rules-2015.md</c> all show these strings.
/// </summary>
public sealed record Clause(Indicator Indicator, string Requirement, string ScoringText, string English, string Reading, Seq<Department> Providers)
{
    public string Id => Indicator.ClauseId();

    /// <summary>Readings that hold for every indicator (specs/docs/readings.md).</summary>
    public const string CommonReadings =
        "An indicator's deductions together never exceed its standard score. 'Short' is max(0, target − actual). " +
        "'Per N short' counts steps under the rule set's unit policy (proportional, whole_units or started_units). " +
        "Each indicator score is rounded half away from zero to the rule set's decimals after capping; the total is the sum of the rounded scores.";
}
