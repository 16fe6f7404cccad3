using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Wire.Mapping;

/// <summary>Wire figures → validated domain figures. Problems are placed at the figure, village or indicator they concern.</summary>
public static class FiguresMapping
{
    public static Validation<Problem, UnitFigures> ToDomain(P.UnitFigures? unit)
    {
        if (unit is null) return Valid.Fail<UnitFigures>(Place.Whole, new ValueReason.Required());
        return UnitFigures.Create(
            UnitCode.Create(Step.UnitCodeOf.Instance, unit.UnitCode),
            Sub(Indicator.PovertyReduction, unit.PovertyReduction, m =>
            {
                var r = new WireReader();
                var lifted = r.Int(m.HasPersonsLifted, m.PersonsLifted, new Step.FigureOf(FigureField.PersonsLifted));
                var dynamic = r.Bool(m.HasDynamicManagement, m.DynamicManagement, new Step.FigureOf(FigureField.DynamicManagement));
                return r.Finish(PovertyReductionFigures.Create(lifted, dynamic));
            }),
            Sub(Indicator.TargetedAssistance, unit.TargetedAssistance, m =>
            {
                var r = new WireReader();
                var persons = r.Int(m.HasPersonsReached, m.PersonsReached, new Step.FigureOf(FigureField.PersonsReached));
                var households = r.Int(m.HasHouseholdsReached, m.HouseholdsReached, new Step.FigureOf(FigureField.HouseholdsReached));
                return r.Finish(TargetedAssistanceFigures.Create(persons, households));
            }),
            Sub(Indicator.VillageIncome, unit.VillageIncome, m =>
            {
                var r = new WireReader();
                var income = r.Dec(m.IncomeYuan, new Step.FigureOf(FigureField.IncomeYuan));
                var growth = r.Dec(m.GrowthPercent, new Step.FigureOf(FigureField.GrowthPercent));
                return r.Finish(VillageIncomeFigures.Create(income, growth));
            }),
            Sub(Indicator.HouseRenovation, unit.HouseRenovation, m =>
            {
                var r = new WireReader();
                var houses = r.Int(m.HasHouseholdsRenovated, m.HouseholdsRenovated, new Step.FigureOf(FigureField.HouseholdsRenovated));
                return r.Finish(HouseRenovationFigures.Create(houses));
            }),
            Sub(Indicator.Leadership, unit.Leadership, m =>
            {
                var r = new WireReader();
                var study = r.Bool(m.HasSpecialStudy, m.SpecialStudy, new Step.FigureOf(FigureField.SpecialStudy));
                var leader = r.Bool(m.HasTopLeaderResponsibility, m.TopLeaderResponsibility, new Step.FigureOf(FigureField.TopLeaderResponsibility));
                var plan = r.Bool(m.HasPlanWithMeasures, m.PlanWithMeasures, new Step.FigureOf(FigureField.PlanWithMeasures));
                return r.Finish(Valid.Ok(new LeadershipFigures(study, leader, plan)));
            }),
            Sub(Indicator.VillageAssistance, unit.VillageAssistance, VillageAssistance),
            Sub(Indicator.SocialInvestment, unit.SocialInvestment, m =>
            {
                var r = new WireReader();
                var social = r.Dec(m.SocialInvestmentWan, new Step.FigureOf(FigureField.SocialInvestmentWan));
                var day = r.Bool(m.HasPovertyDayHeld, m.PovertyDayHeld, new Step.FigureOf(FigureField.PovertyDayHeld));
                return r.Finish(SocialInvestmentFigures.Create(social, day));
            }),
            Sub(Indicator.TotalInvestment, unit.TotalInvestment, m =>
            {
                var r = new WireReader();
                return r.Finish(TotalInvestmentFigures.Create(r.Dec(m.TotalInvestmentWan, new Step.FigureOf(FigureField.TotalInvestmentWan))));
            }),
            Sub(Indicator.OwnBudget, unit.OwnBudget, m =>
            {
                var r = new WireReader();
                var own = r.Dec(m.OwnBudgetWan, new Step.FigureOf(FigureField.OwnBudgetWan));
                var compliant = r.Bool(m.HasOtherFundsCompliant, m.OtherFundsCompliant, new Step.FigureOf(FigureField.OtherFundsCompliant));
                return r.Finish(OwnBudgetFigures.Create(own, compliant));
            }),
            Sub(Indicator.WorkSystems, unit.WorkSystems, m =>
            {
                var r = new WireReader();
                return r.Finish(WorkSystemsFigures.Create(r.Dec(m.ImplementationPercent, new Step.FigureOf(FigureField.ImplementationPercent))));
            }),
            unit.FundsMisused);
    }

    private static Validation<Problem, VillageAssistanceFigures> VillageAssistance(P.VillageAssistanceFigures m)
    {
        var r = new WireReader();
        // The bound is checked before any village is read, so an oversized list costs nothing.
        var villages = m.Villages.Count > VillageAssistanceFigures.MaxVillages
            ? Valid.Fail<Seq<VillageFigures>>(VillageAssistanceFigures.TooManyVillages(m.Villages.Count))
            : Valid.Each(i => new Step.Village(i, m.Villages[i].Name), m.Villages, v =>
            {
                var vr = new WireReader();
                var team = vr.Bool(v.HasResidentTeam, v.ResidentTeam, new Step.VillagePart(VillageItem.ResidentTeam));
                var investment = vr.Dec(v.ProjectInvestmentWan, new Step.VillagePart(VillageItem.ProjectInvestmentWan));
                return vr.Finish(VillageFigures.Create(v.Name, team, investment));
            });
        var pledged = r.Dec(m.FundsPledgedWan, new Step.FigureOf(FigureField.FundsPledgedWan));
        var delivered = r.Dec(m.FundsDeliveredWan, new Step.FigureOf(FigureField.FundsDeliveredWan));
        villages.IfFail(ps => ps.Iter(r.Add));
        return r.Finish(villages.Bind(vs => VillageAssistanceFigures.Create(vs, pledged, delivered)));
    }

    /// <summary>Domain figures on the wire, decimals in canonical form: the inverse of <see cref="ToDomain"/>.</summary>
    public static P.UnitFigures FromDomain(UnitFigures f)
    {
        var villages = new P.VillageAssistanceFigures
        {
            FundsPledgedWan = DecimalParsing.Format(f.VillageAssistance.FundsPledgedWan),
            FundsDeliveredWan = DecimalParsing.Format(f.VillageAssistance.FundsDeliveredWan),
        };
        // A loop, not Seq.Map: the stamp maps every village of every call back, and a lazy Seq costs more than the village.
        foreach (var v in f.VillageAssistance.Villages)
            villages.Villages.Add(new P.VillageFigures { Name = v.Name, ResidentTeam = v.ResidentTeam, ProjectInvestmentWan = DecimalParsing.Format(v.ProjectInvestmentWan) });
        return new P.UnitFigures
        {
            UnitCode = f.Unit.Value,
            PovertyReduction = new P.PovertyReductionFigures { PersonsLifted = f.PovertyReduction.PersonsLifted, DynamicManagement = f.PovertyReduction.DynamicManagement },
            TargetedAssistance = new P.TargetedAssistanceFigures { PersonsReached = f.TargetedAssistance.PersonsReached, HouseholdsReached = f.TargetedAssistance.HouseholdsReached },
            VillageIncome = new P.VillageIncomeFigures { IncomeYuan = DecimalParsing.Format(f.VillageIncome.IncomeYuan), GrowthPercent = DecimalParsing.Format(f.VillageIncome.GrowthPercent) },
            HouseRenovation = new P.HouseRenovationFigures { HouseholdsRenovated = f.HouseRenovation.HouseholdsRenovated },
            Leadership = new P.LeadershipFigures { SpecialStudy = f.Leadership.SpecialStudy, TopLeaderResponsibility = f.Leadership.TopLeaderResponsibility, PlanWithMeasures = f.Leadership.PlanWithMeasures },
            VillageAssistance = villages,
            SocialInvestment = new P.SocialInvestmentFigures { SocialInvestmentWan = DecimalParsing.Format(f.SocialInvestment.SocialInvestmentWan), PovertyDayHeld = f.SocialInvestment.PovertyDayHeld },
            TotalInvestment = new P.TotalInvestmentFigures { TotalInvestmentWan = DecimalParsing.Format(f.TotalInvestment.TotalInvestmentWan) },
            OwnBudget = new P.OwnBudgetFigures { OwnBudgetWan = DecimalParsing.Format(f.OwnBudget.OwnBudgetWan), OtherFundsCompliant = f.OwnBudget.OtherFundsCompliant },
            WorkSystems = new P.WorkSystemsFigures { ImplementationPercent = DecimalParsing.Format(f.WorkSystems.ImplementationPercent) },
            FundsMisused = f.FundsMisused,
        };
    }

    private static Validation<Problem, T> Sub<TMessage, T>(Indicator indicator, TMessage? message, Func<TMessage, Validation<Problem, T>> read)
        where TMessage : class =>
        message is null ? Valid.Fail<T>(new Step.IndicatorOf(indicator), new ValueReason.Required()) : read(message);
}
