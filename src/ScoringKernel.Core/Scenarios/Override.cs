using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Scenarios;

/// <summary>Which units a target override sets.</summary>
public abstract record TargetScope
{
    public abstract R Match<R>(Func<OneUnit, R> unit, Func<OfKind, R> kind, Func<OfGroup, R> group);
    public bool Covers(UnitCode code, UnitKind unitKind) => Match(u => u.Code == code, k => k.Kind == unitKind, g => g.Group == unitKind.Group());

    public sealed record OneUnit(UnitCode Code) : TargetScope
    {
        public override R Match<R>(Func<OneUnit, R> unit, Func<OfKind, R> kind, Func<OfGroup, R> group) => unit(this);
    }

    public sealed record OfKind(UnitKind Kind) : TargetScope
    {
        public override R Match<R>(Func<OneUnit, R> unit, Func<OfKind, R> kind, Func<OfGroup, R> group) => kind(this);
    }

    public sealed record OfGroup(AssessmentGroup Group) : TargetScope
    {
        public override R Match<R>(Func<OneUnit, R> unit, Func<OfKind, R> kind, Func<OfGroup, R> group) => group(this);
    }
}

/// <summary>One change a scenario makes to its base: a rule-set parameter, the unit policy, a target, or a figure.</summary>
public abstract record Override
{
    public abstract R Match<R>(Func<Parameter, R> parameter, Func<Policy, R> policy, Func<Target, R> target, Func<Figure, R> figure);

    /// <summary>The same override with another numeric value (for sweeps); a policy has none.</summary>
    public Override WithValue(decimal value) => Match<Override>(
        p => p with { Value = value },
        p => p,
        t => t with { Value = value },
        f => f with { Value = value });

    public bool IsNumeric => Match(_ => true, _ => false, _ => true, _ => true);

    /// <summary>A rule-set parameter, by its definition in <see cref="RuleParameters"/> (e.g. <see cref="RuleParameters.PassLine"/>).</summary>
    public sealed record Parameter(RuleParameterDef Definition, decimal Value) : Override
    {
        public override R Match<R>(Func<Parameter, R> parameter, Func<Policy, R> policy, Func<Target, R> target, Func<Figure, R> figure) => parameter(this);
    }

    public sealed record Policy(UnitPolicy Value) : Override
    {
        public override R Match<R>(Func<Parameter, R> parameter, Func<Policy, R> policy, Func<Target, R> target, Func<Figure, R> figure) => policy(this);
    }

    public sealed record Target(TargetScope Scope, TargetField Field, decimal Value) : Override
    {
        public override R Match<R>(Func<Parameter, R> parameter, Func<Policy, R> policy, Func<Target, R> target, Func<Figure, R> figure) => target(this);
    }

    public sealed record Figure(UnitCode Unit, FigureField Field, decimal Value) : Override
    {
        public override R Match<R>(Func<Parameter, R> parameter, Func<Policy, R> policy, Func<Target, R> target, Func<Figure, R> figure) => figure(this);
    }
}

/// <summary>An override with a numeric value (a parameter, a target, a figure): what a threshold question varies. A policy has none.</summary>
public abstract record NumericOverride
{
    private NumericOverride() { }

    public abstract Override Override { get; }

    public abstract R Match<R>(Func<Override.Parameter, R> parameter, Func<Override.Target, R> target, Func<Override.Figure, R> figure);

    /// <summary>The override as a numeric one, none for a policy.</summary>
    public static LanguageExt.Option<NumericOverride> Of(Override o) => o.Match<LanguageExt.Option<NumericOverride>>(
        p => new OfParameter(p),
        _ => LanguageExt.Option<NumericOverride>.None,
        t => new OfTarget(t),
        f => new OfFigure(f));

    public sealed record OfParameter(Override.Parameter Parameter) : NumericOverride
    {
        public override Override Override => Parameter;
        public override R Match<R>(Func<Override.Parameter, R> parameter, Func<Override.Target, R> target, Func<Override.Figure, R> figure) => parameter(Parameter);
    }

    public sealed record OfTarget(Override.Target Target) : NumericOverride
    {
        public override Override Override => Target;
        public override R Match<R>(Func<Override.Parameter, R> parameter, Func<Override.Target, R> target, Func<Override.Figure, R> figure) => target(Target);
    }

    public sealed record OfFigure(Override.Figure Figure) : NumericOverride
    {
        public override Override Override => Figure;
        public override R Match<R>(Func<Override.Parameter, R> parameter, Func<Override.Target, R> target, Func<Override.Figure, R> figure) => figure(Figure);
    }
}

/// <summary>A named set of overrides of a base.</summary>
public sealed record Scenario(string Name, LanguageExt.Seq<Override> Overrides);

/// <summary>Everything a result depends on: rule set, target table, figures.</summary>
public sealed record ScenarioBase(RuleSet Rules, Targets.TargetTable Table, LanguageExt.Seq<Figures.UnitFigures> Figures);
