using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Evaluation;

/// <summary>A figure of one poor village (附件1-六) that a department or a finding may give.</summary>
public enum VillageField
{
    ResidentTeam,
    ProjectInvestmentWan,
}

/// <summary>What a department figure or a finding gives: one of a unit's figure fields, or one figure of a named village.</summary>
public abstract record FigureRef : IComparable<FigureRef>
{
    public abstract R Match<R>(Func<OfUnit, R> unit, Func<OfVillage, R> village);

    public sealed record OfUnit(FigureField Field) : FigureRef
    {
        public override R Match<R>(Func<OfUnit, R> unit, Func<OfVillage, R> village) => unit(this);
    }

    public sealed record OfVillage(string Village, VillageField Field) : FigureRef
    {
        public override R Match<R>(Func<OfUnit, R> unit, Func<OfVillage, R> village) => village(this);
    }

    /// <summary>The indicator the figure counts in; funds misuse counts in none.</summary>
    public Option<Indicator> Indicator => Match(u => u.Field.Def().Indicator, _ => Some(Attachment1.Indicator.VillageAssistance));

    /// <summary>The figure's value in <paramref name="figures"/>; none for a village the figures do not list.</summary>
    public Option<decimal> Get(UnitFigures figures) => Match(
        u => Some(u.Field.Def().Get(figures)),
        v => figures.VillageAssistance.Villages.Find(x => x.Name == v.Village).Map(x => v.Field switch
        {
            VillageField.ResidentTeam => x.ResidentTeam ? 1m : 0m,
            VillageField.ProjectInvestmentWan => x.ProjectInvestmentWan,
        }));

    /// <summary>The figures with this figure set to <paramref name="value"/>, through the same smart constructors as any input.</summary>
    public Validation<Problem, UnitFigures> Set(UnitFigures figures, decimal value) => Match(
        u => u.Field.Def().Set(figures, value),
        v => SetVillage(figures, v, value));

    private static Validation<Problem, UnitFigures> SetVillage(UnitFigures f, OfVillage v, decimal value)
    {
        var a = f.VillageAssistance;
        return a.Villages.Find(x => x.Name == v.Village)
            .ToValidation(Problem.Of(new UnitReason.VillageNotListed(f.Unit, v.Village)))
            .Bind(village => v.Field switch
            {
                VillageField.ResidentTeam => value == 1m || value == 0m
                    ? VillageFigures.Create(village.Name, value == 1m, village.ProjectInvestmentWan)
                    : Valid.Fail<VillageFigures>(Place.Whole, new ValueReason.NotYesNo(value)),
                VillageField.ProjectInvestmentWan => VillageFigures.Create(village.Name, village.ResidentTeam, value),
            })
            .Bind(changed => VillageAssistanceFigures.Create(a.Villages.Map(x => x.Name == v.Village ? changed : x).Strict(), a.FundsPledgedWan, a.FundsDeliveredWan))
            .Map(changed => f with { VillageAssistance = changed });
    }

    /// <summary>Unit figures in the table's order, then villages by name and field: the order corrections are listed in.</summary>
    public int CompareTo(FigureRef? other) =>
        other is null ? 1 : Match(
            a => other.Match(b => a.Field.CompareTo(b.Field), _ => -1),
            a => other.Match(_ => 1, b => string.CompareOrdinal(a.Village, b.Village) is var c && c != 0 ? c : a.Field.CompareTo(b.Field)));
}
