using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

/// <summary>
/// How one language writes the values a reason carries: a number canonically, typed text quoted and shortened, a unit
/// by its name, a figure by the office's label. Each language's words (<see cref="ZhReasonWords"/>,
/// <see cref="EnReasonWords"/>) build their sentences from these.
/// </summary>
internal abstract partial class ReasonWording(Language language, UnitNames names)
{
    protected Language Language => language;

    /// <summary>A number in canonical form (no trailing zeros).</summary>
    protected static string N(decimal value) => DecimalParsing.Format(value);

    /// <summary>A number rounded half away from zero to <paramref name="decimals"/> (for a sentence, never for a score).</summary>
    protected static string Rounded(decimal value, int decimals) => DecimalParsing.Format(Math.Round(value, decimals, MidpointRounding.AwayFromZero));

    /// <summary>The size of a difference, rounded as <see cref="Rounded"/>: "相差 45.8 人" whichever way it goes.</summary>
    protected static string RoundedAbs(decimal value, int decimals) => Rounded(Math.Abs(value), decimals);

    /// <summary>Typed text, shortened to 40 characters: as given, without quotes (the sentence quotes it).</summary>
    protected static string T(string typed) => typed.Length > 40 ? typed[..40] + "…" : typed;

    /// <summary>A unit by its name (常宁市), or by its code where the table has no such unit.</summary>
    protected string UnitName(UnitCode unit) => names.Name(unit);

    /// <summary>常宁市 (430482).</summary>
    protected string UnitNameAndCode(UnitCode unit) => names.NameAndCode(unit, language);

    /// <summary>A target-table column by its wire name (<c>total_investment_wan</c>), for English that names fields.</summary>
    protected static string ColumnWireName(TargetColumn column) => ProtoNames.SnakeCase(column.ToString());

    /// <summary>A department (or several) by the regulation's own Chinese names, whatever the language.</summary>
    protected static string ZhName(Department department) => department.Name();

    protected static string ZhName(Seq<Department> departments) => string.Join("、", departments.Map(d => d.Name()));

    /// <summary>The clause a figure feeds (附件1-四), or "funds misuse" for the figure that feeds none.</summary>
    protected static string FigureClauseId(FigureRef figure) => figure.Indicator.Match(ind => ind.ClauseId(), () => "funds misuse");

    // A value by its natural words in this language.
    protected string S(UnitCode unit) => names.Name(unit);
    protected string S(FigureField field) => Labels.FigureInClause(field, language);
    protected string S(FigureRef figure) => Labels.FigureRef(figure, language);
    protected string S(Indicator indicator) => Labels.Clause(indicator, language);
    protected string S(Department department) => Labels.Department(department, language);
    protected string S(Option<Department> department) => department.Match(S, () => "");
    protected string S(Source source) => Labels.Source(source, language);
    protected string S(Seq<Department> departments) => string.Join(language == Language.ZhCn ? "、" : ", ", departments.Map(S));
    protected string S(Seq<UnitCode> units) =>
        language == Language.ZhCn ? string.Join("、", units.Map(names.Name)) : string.Join(", ", units.Map(u => names.NameAndCode(u, language)));
    protected string S(TargetField field) => Labels.Target(field, language);
    protected string S(UnitKind kind) => Labels.Kind(kind, language);
    protected string S(AssessmentGroup group) => Labels.Group(group, language);
    protected string S(TargetColumn column) => Labels.Column(column, language);
    protected string S(Place place) => PlaceWords.Say(place, language, names);

    /// <summary>Several figures by their natural words, joined by 、 (zh) or ", ".</summary>
    protected string List(Seq<FigureRef> figures) => string.Join(language == Language.ZhCn ? "、" : ", ", figures.Map(S));

    /// <summary>Several figures by their wire paths, joined by ", ".</summary>
    protected static string WirePaths(Seq<FigureRef> figures) => string.Join(", ", figures.Map(FigureKeys.Path));
}

/// <summary>What each reason says in the office's Chinese: one method per case, the compiler holds the list.</summary>
internal sealed partial class ZhReasonWords(UnitNames names) : ReasonWording(Language.ZhCn, names), IReasonVisitor<string>;

/// <summary>What each reason says in English: what the wire's <c>description</c> has always said (integrators may match it).</summary>
internal sealed partial class EnReasonWords(UnitNames names) : ReasonWording(Language.En, names), IReasonVisitor<string>;
