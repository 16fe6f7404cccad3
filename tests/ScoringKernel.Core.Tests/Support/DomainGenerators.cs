using ScoringKernel.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Tests.Support;

/// <summary>One unit to score: a rule set (2015, any policy), a row and figures that passed the smart constructors.</summary>
public sealed record ScoringCase(RuleSet Rules, UnitTargets Targets, UnitFigures Figures)
{
    public override string ToString() => $"{Rules.Policy} {Targets.Code} {Figures}";
}

/// <summary>A whole assessment: the 2015 table, figures for every unit in some order, and a rule set with random policy, pass line and quotas.</summary>
public sealed record AssessmentCase(RuleSet Rules, TargetTable Table, Seq<UnitFigures> Figures)
{
    public override string ToString() => $"{Rules.Policy} pass {Rules.PassLine} quotas {Rules.Quotas} [{string.Join(", ", Figures.Map(f => f.Unit + (f.FundsMisused ? "!" : "")))}]";
}

/// <summary>
/// Generators built on the domain's smart constructors: every value comes out of a <c>Create</c> that
/// returned success, so no property passes on values the domain would reject.
/// </summary>
public static class DomainGenerators
{
    public static Gen<T> Accepted<T>(this Gen<Validation<Problem, T>> gen) =>
        gen.Where(v => v.IsSuccess).Select(v => v.Accept());

    /// <summary>A decimal between lo and hi (in units of 10^-scale): e.g. Dec(0, 1000, 1) is 0.0 … 100.0.</summary>
    public static Gen<decimal> Dec(int lo, int hi, byte scale) =>
        Gen.Choose(lo, hi).Select(i => new decimal(Math.Abs(i), 0, 0, i < 0, scale));

    private static Gen<bool> Mostly(bool value, int weight = 4) =>
        Gen.Frequency((weight, Gen.Constant(value)), (1, Gen.Constant(!value)));

    private static int Over(decimal target, decimal factor) => (int)Math.Min(int.MaxValue / 20, decimal.Ceiling(target * factor)) + 1;

    public static readonly Gen<UnitPolicy> Policy = Gen.Elements(Enum.GetValues<UnitPolicy>());

    public static readonly Gen<UnitTargets> SyntheticTargets =
        from kind in Gen.Elements(Enum.GetValues<UnitKind>())
        from code in Gen.Choose(100000, 999999)
        from baseline in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(0, 100_000)))
        from rate in Dec(0, 300, 1)
        from total in Dec(0, 100_000, 1)
        from own in Dec(0, 10_000, 1)
        from social in Dec(0, 10_000, 1)
        from houses in Gen.Choose(0, 200)
        from persons in Gen.Choose(0, 30_000)
        from households in Gen.Choose(0, 3_000)
        from villages in Gen.Choose(0, 120)
        from perVillage in Gen.Elements(Option<decimal>.None, Some(30m), Some(12.5m), Some(45m))
        let count = (int)decimal.Floor(baseline * rate / 100m)
        from targets in (
            PopulationTargets.Create(baseline, rate, count, baseline - count),
            WorkTargets.Create(total, own, 0m, social, Some(3650m), Some(16m), houses, persons, households, villages, perVillage),
            UnitCode.Create(Step.UnitCodeOf.Instance, code.ToString()))
            .Apply((p, w, c) => (p, w, c))
            .Bind(t => UnitTargets.Create(t.c, "合成单位", kind, t.p, t.w))
            .Apply(Gen.Constant)
            .Accepted()
        select targets;

    public static readonly Gen<UnitTargets> Targets =
        Gen.Frequency((1, Gen.Elements(EmbeddedTargets.Table2015.Units.ToArray())), (1, SyntheticTargets));

    public static Gen<VillageFigures> Village(int index, decimal perVillage) =>
        from team in Mostly(true)
        from investment in Dec(0, Over(perVillage, 20m), 1)
        select VillageFigures.Create($"村{index:000}", team, investment).Accept();

    public static Gen<UnitFigures> FiguresFor(UnitTargets t)
    {
        var w = t.Work;
        var perVillage = w.PerVillageInvestmentWan.IfNone(30m);
        var villages =
            from n in Gen.Choose(Math.Max(0, w.PoorVillages - 3), w.PoorVillages)
            from vs in Gen.Choose(0, 0).SelectMany(_ => Sequence(Enumerable.Range(1, n).Select(i => Village(i, perVillage))))
            select toSeq(vs).Strict();
        var figures =
            from lifted in Gen.Choose(0, Over(t.Population.BaselinePopulation, 0.3m))
            from dynamic in Mostly(true)
            from persons in Gen.Choose(0, Over(w.PersonsToReach, 1.2m))
            from households in Gen.Choose(0, Over(w.HouseholdsToReach, 1.2m))
            from income in Dec(250_000, 450_000, 2)
            from growth in Dec(-200, 300, 1)
            from houses in Gen.Choose(0, w.HousesToRenovate + 5)
            from study in Mostly(true)
            from leader in Mostly(true)
            from plan in Mostly(true)
            from vs in villages
            from pledged in Dec(0, 10_000, 1)
            from delivered in Dec(0, 10_000, 1)
            from social in Dec(0, Over(w.SocialInvestmentWan, 13m), 1)
            from day in Mostly(true)
            from total in Dec(0, Over(w.TotalInvestmentWan, 13m), 1)
            from own in Dec(0, Over(w.OwnBudgetWan, 13m), 1)
            from compliant in Mostly(true)
            from systems in Dec(0, 1000, 1)
            from misused in Mostly(false, 9)
            select FigureBuilder.Validated(t.Code, lifted, dynamic, persons, households, income, growth, houses, study, leader, plan,
                vs, pledged, delivered, social, day, total, own, compliant, systems, misused);
        // Figures that meet every target give full marks, so ties at the top are common enough to test.
        return Gen.Frequency((5, figures.Accepted()), (1, Gen.Constant(FigureBuilder.Meeting(t))));
    }

    public static readonly Gen<ScoringCase> ScoringCases =
        from policy in Policy
        from targets in Targets
        from figures in FiguresFor(targets)
        select new ScoringCase(Hengyang2015.RuleSet with { Policy = policy }, targets, figures);

    public static readonly Gen<AssessmentCase> AssessmentCases =
        from policy in Policy
        from passLine in Gen.Elements(60m, 75m, 80m, 85m, 90m)
        from countyQuota in Gen.Choose(0, 7)
        from districtQuota in Gen.Choose(0, 5)
        from figures in Sequence(EmbeddedTargets.Table2015.Units.Map(FiguresFor))
        from shuffled in Gen.Shuffle(figures)
        select new AssessmentCase(
            Hengyang2015.RuleSet with { Policy = policy, PassLine = passLine, Quotas = new GroupQuotas(countyQuota, districtQuota) },
            EmbeddedTargets.Table2015,
            toSeq(shuffled).Strict());

    public static Gen<T[]> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Constant(System.Array.Empty<T>()), (acc, g) => from xs in acc from x in g select xs.Append(x).ToArray());
}

/// <summary>
/// Shrinking through the smart constructors: a failing case moves one figure at a time toward the unit meeting its
/// targets (halfway, then all the way), each step set by the figure table's <c>Set</c>, so every shrunk case is one the
/// domain accepts; and the rule set toward 2015's. A counterexample then shows only the figures that matter.
/// </summary>
public static class DomainShrinkers
{
    public static IEnumerable<UnitFigures> Figures(UnitTargets targets, UnitFigures figures)
    {
        var meeting = FigureBuilder.Meeting(targets);
        foreach (var def in FigureFields.All)
        {
            var (now, goal) = (def.Get(figures), def.Get(meeting));
            if (now == goal) continue;
            var half = def.Grid == 1m ? decimal.Round((now + goal) / 2m, MidpointRounding.ToZero) : decimal.Round((now + goal) / 2m, 2);
            foreach (var value in new[] { half, goal }.Distinct().Where(v => v != now))
                foreach (var shrunk in def.Set(figures, value).SuccessToSeq())
                    yield return shrunk;
        }
        // The villages (六): all of them as the unit meeting its targets lists them, then one village at a time.
        var a = figures.VillageAssistance;
        var goalVillages = meeting.VillageAssistance.Villages;
        if (!a.Villages.SequenceEqual(goalVillages))
        {
            foreach (var shrunk in Core.Attachment1.VillageAssistanceFigures.Create(goalVillages, a.FundsPledgedWan, a.FundsDeliveredWan).SuccessToSeq())
                yield return figures with { VillageAssistance = shrunk };
            for (var i = 0; i < a.Villages.Count && i < goalVillages.Count; i++)
                if (a.Villages[i] != goalVillages[i])
                {
                    var villages = toSeq(a.Villages.Select((v, j) => j == i ? goalVillages[i] : v).ToArray());
                    foreach (var shrunk in Core.Attachment1.VillageAssistanceFigures.Create(villages, a.FundsPledgedWan, a.FundsDeliveredWan).SuccessToSeq())
                        yield return figures with { VillageAssistance = shrunk };
                }
        }
    }

    public static IEnumerable<ScoringCase> ScoringCase(ScoringCase c) =>
        (c.Rules.Policy != UnitPolicy.Proportional ? [c with { Rules = c.Rules with { Policy = UnitPolicy.Proportional } }] : System.Array.Empty<ScoringCase>())
        .Concat(Figures(c.Targets, c.Figures).Select(f => c with { Figures = f }));

    public static IEnumerable<AssessmentCase> AssessmentCase(AssessmentCase c)
    {
        var rules2015 = Hengyang2015.RuleSet with { Policy = c.Rules.Policy };
        if (c.Rules.PassLine != rules2015.PassLine) yield return c with { Rules = c.Rules with { PassLine = rules2015.PassLine } };
        if (c.Rules.Quotas != rules2015.Quotas) yield return c with { Rules = c.Rules with { Quotas = rules2015.Quotas } };
        for (var i = 0; i < c.Figures.Count; i++)
            foreach (var targets in c.Table.Find(c.Figures[i].Unit))
                foreach (var shrunk in Figures(targets, c.Figures[i]))
                    yield return c with { Figures = toSeq(c.Figures.Select((f, j) => j == i ? shrunk : f).ToArray()) };
    }
}

/// <summary>Registered with <c>[Properties(Arbitrary = …)]</c>.</summary>
public static class DomainArbitraries
{
    public static Arbitrary<ScoringCase> ScoringCase() => Arb.From(DomainGenerators.ScoringCases, DomainShrinkers.ScoringCase);
    public static Arbitrary<AssessmentCase> AssessmentCase() => Arb.From(DomainGenerators.AssessmentCases, DomainShrinkers.AssessmentCase);
    public static Arbitrary<UnitPolicy> Policy() => Arb.From(DomainGenerators.Policy);
}
