using System.Globalization;
using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

/// <summary>A problem's arguments as one language writes them: the template of each reason asks for them by position.</summary>
public sealed class ArgText(Seq<Arg> args, Language language, UnitNames names)
{
    public Language Language => language;

    private Arg At(int i) => i < args.Count ? args[i] : throw new ArgumentOutOfRangeException(nameof(i), $"the problem has {args.Count} arguments, its words ask for #{i}");

    /// <summary>A number in canonical form (no trailing zeros).</summary>
    public string N(int i) => At(i) switch
    {
        Arg.Number n => DecimalParsing.Format(n.Value),
        var other => Any(other),
    };

    /// <summary>A number rounded half away from zero to <paramref name="decimals"/> (for a sentence, never for a score).</summary>
    public string Rounded(int i, int decimals) => At(i) switch
    {
        Arg.Number n => DecimalParsing.Format(Math.Round(n.Value, decimals, MidpointRounding.AwayFromZero)),
        var other => Any(other),
    };

    /// <summary>The size of a difference, rounded as <see cref="Rounded"/>: "相差 45.8 人" whichever way it goes.</summary>
    public string RoundedAbs(int i, int decimals) => At(i) switch
    {
        Arg.Number n => DecimalParsing.Format(Math.Round(Math.Abs(n.Value), decimals, MidpointRounding.AwayFromZero)),
        var other => Any(other),
    };

    public decimal Value(int i) => At(i) is Arg.Number n ? n.Value : 0m;

    /// <summary>Typed text, shortened to 40 characters: as given, without quotes (the template quotes it).</summary>
    public string T(int i) => At(i) switch
    {
        Arg.Typed t => t.Text.Length > 40 ? t.Text[..40] + "…" : t.Text,
        var other => Any(other),
    };

    /// <summary>The length in characters of typed text in full (words that say how long a shortened text was).</summary>
    public int Length(int i) => At(i) is Arg.Typed t ? t.Text.Length : Any(At(i)).Length;

    /// <summary>A unit by its name (常宁市), or by its code where the table has no such unit.</summary>
    public string UnitName(int i) => At(i) is Arg.OfUnit u ? names.Name(u.Unit) : Any(At(i));

    /// <summary>常宁市 (430482).</summary>
    public string UnitNameAndCode(int i) => At(i) is Arg.OfUnit u ? names.NameAndCode(u.Unit, language) : Any(At(i));

    public string UnitCode(int i) => At(i) is Arg.OfUnit u ? u.Unit.Value : Any(At(i));

    /// <summary>A target-table column by its wire name (<c>total_investment_wan</c>), for English that names fields.</summary>
    public string ColumnWireName(int i) => At(i) is Arg.OfColumn c ? ProtoNames.SnakeCase(c.Column.ToString()) : Any(At(i));

    public string TargetWireName(int i) => At(i) is Arg.OfTarget t ? t.Field.Name() : Any(At(i));

    public string TargetWireValue(int i) => At(i) is Arg.OfTarget t ? t.Field.WireValue() : Any(At(i));

    public string KindWord(int i) => At(i) is Arg.OfKind k ? k.Kind.ToString() : Any(At(i));

    public string GroupWord(int i) => At(i) is Arg.OfGroup g ? g.Group.ToString() : Any(At(i));

    /// <summary>A department (or several) by the regulation's own Chinese names, whatever the language.</summary>
    public string ZhName(int i) => At(i) switch
    {
        Arg.OfDepartment d => d.Department.Name(),
        Arg.Departments ds => string.Join("、", ds.Values.Map(d => d.Name())),
        var other => Any(other),
    };

    /// <summary>A figure by its wire path within a unit (<c>house_renovation.households_renovated</c>).</summary>
    public string FigureWirePath(int i) => At(i) is Arg.OfFigureRef f ? FigureKeys.Path(f.Figure) : Any(At(i));

    /// <summary>The clause a figure feeds (附件1-四), or "funds misuse" for the figure that feeds none.</summary>
    public string FigureClauseId(int i) => At(i) is Arg.OfFigureRef f ? f.Figure.Indicator.Match(ind => ind.ClauseId(), () => "funds misuse") : Any(At(i));

    /// <summary>Every argument from <paramref name="from"/> on, each in its natural words, joined by 、 (zh) or ", ".</summary>
    public string ListFrom(int from) => string.Join(language == Language.ZhCn ? "、" : ", ", args.Skip(from).Map(Any));

    /// <summary>Every figure argument from <paramref name="from"/> on by its wire path, joined by ", ".</summary>
    public string FigureWirePathsFrom(int from) => string.Join(", ", args.Skip(from).Map(a => a is Arg.OfFigureRef f ? FigureKeys.Path(f.Figure) : Any(a)));

    /// <summary>Anything by its natural words in this language.</summary>
    public string this[int i] => Any(At(i));

    private string Any(Arg arg) => arg switch
    {
        Arg.Number n => DecimalParsing.Format(n.Value),
        Arg.Typed t => t.Text.Length > 40 ? t.Text[..40] + "…" : t.Text,
        Arg.Code c => c.Text,
        Arg.OfUnit u => names.Name(u.Unit),
        Arg.OfFigure f => Labels.FigureInClause(f.Field, language),
        Arg.OfFigureRef f => Labels.FigureRef(f.Figure, language),
        Arg.OfIndicator ind => Labels.Clause(ind.Indicator, language),
        Arg.OfDepartment d => Labels.Department(d.Department, language),
        Arg.OfSource s => Labels.Source(s.Source, language),
        Arg.Departments ds => string.Join(language == Language.ZhCn ? "、" : ", ", ds.Values.Map(d => Labels.Department(d, language))),
        Arg.Units us => language == Language.ZhCn ? string.Join("、", us.Values.Map(names.Name)) : string.Join(", ", us.Values.Map(u => names.NameAndCode(u, language))),
        Arg.OfTarget t => Labels.Target(t.Field, language),
        Arg.OfKind k => Labels.Kind(k.Kind, language),
        Arg.OfGroup g => Labels.Group(g.Group, language),
        Arg.OfColumn c => Labels.Column(c.Column, language),
        Arg.OfPlace p => PlaceWords.Say(p.Place, language, names),
        // C# cannot close a record hierarchy; the words tests render every case of Arg by reflection.
        _ => throw new System.Diagnostics.UnreachableException($"no words for {arg.GetType().Name}"),
    };

    public static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
