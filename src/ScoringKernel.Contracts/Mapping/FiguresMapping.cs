using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Contracts.Mapping;

/// <summary>Wire figures → validated domain figures. Problems name proto field paths relative to the unit.</summary>
public static class FiguresMapping
{
    public static Validation<Problem, UnitFigures> ToDomain(P.UnitFigures? unit)
    {
        if (unit is null) return Valid.Fail<UnitFigures>("", "is required");
        return UnitFigures.Create(
            UnitCode.Create("unit_code", unit.UnitCode),
            Sub(unit.PovertyReduction, m =>
            {
                var r = new WireReader();
                var lifted = r.Int(m.HasPersonsLifted, m.PersonsLifted, "persons_lifted");
                var dynamic = r.Bool(m.HasDynamicManagement, m.DynamicManagement, "dynamic_management");
                return r.Finish(PovertyReductionFigures.Create(lifted, dynamic));
            }),
            Sub(unit.TargetedAssistance, m =>
            {
                var r = new WireReader();
                var persons = r.Int(m.HasPersonsReached, m.PersonsReached, "persons_reached");
                var households = r.Int(m.HasHouseholdsReached, m.HouseholdsReached, "households_reached");
                return r.Finish(TargetedAssistanceFigures.Create(persons, households));
            }),
            Sub(unit.VillageIncome, m =>
            {
                var r = new WireReader();
                var income = r.Dec(m.IncomeYuan, "income_yuan");
                var growth = r.Dec(m.GrowthPercent, "growth_percent");
                return r.Finish(VillageIncomeFigures.Create(income, growth));
            }),
            Sub(unit.HouseRenovation, m =>
            {
                var r = new WireReader();
                var houses = r.Int(m.HasHouseholdsRenovated, m.HouseholdsRenovated, "households_renovated");
                return r.Finish(HouseRenovationFigures.Create(houses));
            }),
            Sub(unit.Leadership, m =>
            {
                var r = new WireReader();
                var study = r.Bool(m.HasSpecialStudy, m.SpecialStudy, "special_study");
                var leader = r.Bool(m.HasTopLeaderResponsibility, m.TopLeaderResponsibility, "top_leader_responsibility");
                var plan = r.Bool(m.HasPlanWithMeasures, m.PlanWithMeasures, "plan_with_measures");
                return r.Finish(Valid.Ok(new LeadershipFigures(study, leader, plan)));
            }),
            Sub(unit.VillageAssistance, VillageAssistance),
            Sub(unit.SocialInvestment, m =>
            {
                var r = new WireReader();
                var social = r.Dec(m.SocialInvestmentWan, "social_investment_wan");
                var day = r.Bool(m.HasPovertyDayHeld, m.PovertyDayHeld, "poverty_day_held");
                return r.Finish(SocialInvestmentFigures.Create(social, day));
            }),
            Sub(unit.TotalInvestment, m =>
            {
                var r = new WireReader();
                return r.Finish(TotalInvestmentFigures.Create(r.Dec(m.TotalInvestmentWan, "total_investment_wan")));
            }),
            Sub(unit.OwnBudget, m =>
            {
                var r = new WireReader();
                var own = r.Dec(m.OwnBudgetWan, "own_budget_wan");
                var compliant = r.Bool(m.HasOtherFundsCompliant, m.OtherFundsCompliant, "other_funds_compliant");
                return r.Finish(OwnBudgetFigures.Create(own, compliant));
            }),
            Sub(unit.WorkSystems, m =>
            {
                var r = new WireReader();
                return r.Finish(WorkSystemsFigures.Create(r.Dec(m.ImplementationPercent, "implementation_percent")));
            }),
            unit.FundsMisused);
    }

    private static Validation<Problem, VillageAssistanceFigures> VillageAssistance(P.VillageAssistanceFigures m)
    {
        var r = new WireReader();
        // The bound is checked before any village is read, so an oversized list costs nothing.
        var villages = m.Villages.Count > VillageAssistanceFigures.MaxVillages
            ? Valid.Fail<Seq<VillageFigures>>(VillageAssistanceFigures.TooManyVillages(m.Villages.Count))
            : Valid.Each("villages", m.Villages, v =>
            {
                var vr = new WireReader();
                var team = vr.Bool(v.HasResidentTeam, v.ResidentTeam, "resident_team");
                var investment = vr.Dec(v.ProjectInvestmentWan, "project_investment_wan");
                return vr.Finish(VillageFigures.Create(v.Name, team, investment));
            });
        var pledged = r.Dec(m.FundsPledgedWan, "funds_pledged_wan");
        var delivered = r.Dec(m.FundsDeliveredWan, "funds_delivered_wan");
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

    private static Validation<Problem, T> Sub<TMessage, T>(TMessage? message, Func<TMessage, Validation<Problem, T>> read)
        where TMessage : class =>
        message is null ? Valid.Fail<T>("", "is required") : read(message);
}
