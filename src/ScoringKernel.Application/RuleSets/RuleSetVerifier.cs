using FsCheck;
using FsCheck.Fluent;
using LanguageExt;
using ScoringKernel.Core;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Application.RuleSets;

/// <summary>One unit's figures against its row (a generated case).</summary>
public sealed record UnitCase(UnitTargets Targets, UnitFigures Figures);

/// <summary>One unit, one of its figures raised from its value to <see cref="Better"/>.</summary>
public sealed record MonotoneCase(UnitTargets Targets, UnitFigures Figures, FigureFieldDef Field, decimal Better);

/// <summary>Every unit of the table with figures, and the unit whose funds are then found misused.</summary>
public sealed record TableCase(Seq<UnitFigures> Figures, int Misused);

/// <summary>
/// Generators of cases for a rule set's verification, built like the test suite's domain generators: every figure goes
/// through its smart constructor (<see cref="FigureFieldDef.Set"/>, <c>…Figures.Create</c>), starting from the figures
/// that meet the unit's row; the shrinkers walk each figure back to meeting its target, so a counterexample keeps only
/// the figures that break the invariant.
/// </summary>
public static class VerificationCases
{
    public static UnitFigures Meeting(UnitTargets t, RuleSet rules)
    {
        var w = t.Work;
        var perVillage = w.PerVillageInvestmentWan.IfNone(rules.VillageAssistance.PerVillageInvestmentTargetWan);
        var villages = toSeq(Enumerable.Range(1, w.PoorVillages).Select(i => VillageFigures.Create($"村{i:000}", true, perVillage))).Sequence();
        return UnitFigures.Create(
            Valid.Ok(t.Code),
            PovertyReductionFigures.Create((int)decimal.Ceiling(t.Population.BaselinePopulation * t.Population.ReductionRatePercent / 100m), true),
            TargetedAssistanceFigures.Create(w.PersonsToReach, w.HouseholdsToReach),
            VillageIncomeFigures.Create(w.IncomeYuan.IfNone(rules.VillageIncome.IncomeTargetYuan), w.IncomeGrowthPercent.IfNone(rules.VillageIncome.GrowthTargetPercent)),
            HouseRenovationFigures.Create(w.HousesToRenovate),
            Valid.Ok(new LeadershipFigures(true, true, true)),
            villages.Bind(vs => VillageAssistanceFigures.Create(vs, 100m, 100m)),
            SocialInvestmentFigures.Create(w.SocialInvestmentWan, true),
            TotalInvestmentFigures.Create(w.TotalInvestmentWan),
            OwnBudgetFigures.Create(w.OwnBudgetWan, true),
            WorkSystemsFigures.Create(100m),
            false).Match(f => f, ps => throw new InvalidOperationException("meeting figures refused: " + string.Join("; ", ps)));
    }

    /// <summary>A value for a figure, near its value when the target is met: 0 … 130 % of it on a cent grid, 是/否, a growth of −20 … 30 %.</summary>
    private static Gen<decimal> ValueNear(FigureFieldDef def, decimal met) => def.Kind switch
    {
        FigureKind.YesNo => Gen.Elements(0m, 1m),
        FigureKind.Growth => Gen.Choose(-200, 300).Select(i => i / 10m),
        FigureKind.Count => Gen.Choose(0, (int)Math.Min(int.MaxValue / 2, decimal.Ceiling(met * 1.3m) + 2)).Select(i => (decimal)i),
        _ => Gen.Choose(0, (int)Math.Min(int.MaxValue / 2, decimal.Ceiling(met * 130m) + 200)).Select(i => Math.Min(def.Max, i / 100m)),
    };

    /// <summary>Figures for a row: each input, with even odds, moved away from meeting its target.</summary>
    public static Gen<UnitFigures> FiguresFor(UnitTargets t, RuleSet rules)
    {
        var meeting = Meeting(t, rules);
        return FigureFields.Inputs.Fold(Gen.Constant(meeting), (gen, def) =>
            from f in gen
            from change in Gen.Elements(false, true)
            from v in ValueNear(def, def.Get(meeting))
            select change ? def.Set(f, v).Match(x => x, _ => f) : f);
    }

    public static Gen<UnitCase> Units(RuleSet rules, TargetTable table) =>
        from t in Gen.Elements(table.Units.ToArray())
        from f in FiguresFor(t, rules)
        select new UnitCase(t, f);

    public static Gen<MonotoneCase> Monotone(RuleSet rules, TargetTable table) =>
        from c in Units(rules, table)
        from def in Gen.Elements(FigureFields.Inputs.ToArray())
        let now = def.Get(c.Figures)
        from up in def.Kind == FigureKind.YesNo ? Gen.Constant(1m) : ValueNear(def, Math.Max(1m, now * 2m))
        let better = def.Kind == FigureKind.YesNo ? 1m : Math.Min(def.Max, now + up)
        select new MonotoneCase(c.Targets, c.Figures, def, better);

    public static Gen<TableCase> Tables(RuleSet rules, TargetTable table) =>
        from figures in table.Units.Fold(Gen.Constant(Seq<UnitFigures>()), (gen, t) => from fs in gen from f in FiguresFor(t, rules) select fs.Add(f))
        from misused in Gen.Choose(0, table.Units.Count - 1)
        select new TableCase(figures, misused);

    /// <summary>Walks one figure at a time back to the value that meets its target.</summary>
    public static IEnumerable<UnitFigures> Shrink(UnitTargets t, UnitFigures f, RuleSet rules)
    {
        var meeting = Meeting(t, rules);
        foreach (var def in FigureFields.Inputs)
        {
            var (now, met) = (def.Get(f), def.Get(meeting));
            if (now == met) continue;
            foreach (var v in new[] { met, decimal.Round((now + met) / 2m, 2) }.Distinct())
                if (v != now && def.Set(f, v).Case is UnitFigures g) yield return g;
        }
    }

    /// <summary>The inputs where the figures differ from meeting the row: what a counterexample shows.</summary>
    public static Seq<(FigureField Field, decimal Value)> Differences(UnitTargets t, UnitFigures f, RuleSet rules)
    {
        var meeting = Meeting(t, rules);
        return FigureFields.Inputs.Filter(d => d.Get(f) != d.Get(meeting)).Map(d => (d.Field, d.Get(f))).Strict();
    }
}

/// <summary>
/// Verifies a proposed rule set against the invariants of specs/docs/readings.md ("What every rule set keeps"): each is <b>proved</b> where the rules' piecewise-
/// linear form allows (the deduction cap, the standards' sum, non-negative rates, quotas against the table), else
/// <b>held</b> on N cases FsCheck generates at request time with the seed reported, or <b>failed</b> with a shrunk
/// counterexample: the unit, its figures, its scores and the clause that breaks.
/// </summary>
public static class RuleSetVerifier
{
    public const int DefaultCases = 300;
    public const int MaxCases = 10_000;

    public static Seq<InvariantVerdict> Verify(RuleSet rules, decimal maximum, TargetTable table, int cases = DefaultCases, ulong seed = 0)
    {
        cases = cases <= 0 ? DefaultCases : Math.Min(cases, MaxCases);
        seed = seed == 0 ? (ulong)Random.Shared.NextInt64(1, long.MaxValue) : seed;
        var nonNegative = Indicators.All.ForAll(i => rules.Standard(i) >= 0m)
            && RuleParameters.All.Filter(p => p.Indicator.IsSome && p.Kind == ParameterKind.Points).ForAll(p => p.Get(rules) >= 0m);
        var deductionsNonNegative = RuleParameters.All.Filter(p => p.Indicator.IsSome && p.Kind == ParameterKind.Points && !p.Path.EndsWith(".standard", StringComparison.Ordinal)).ForAll(p => p.Get(rules) >= 0m);
        return Seq(
            new InvariantVerdict(Invariant.StandardsSumMaximum, StandardsSum(rules, maximum, table)),
            new InvariantVerdict(Invariant.ScoreWithinStandard, nonNegative ? new Verdict.Proved(Proof.DeductionCap) : WithinStandard(rules, table, cases, seed)),
            new InvariantVerdict(Invariant.TotalWithinMaximum, nonNegative && rules.MaxTotal <= maximum ? new Verdict.Proved(Proof.StandardsWithinMaximum) : TotalWithin(rules, maximum, table, cases, seed)),
            new InvariantVerdict(Invariant.QuotaWithinGroup, QuotaFits(rules, table)),
            new InvariantVerdict(Invariant.ClassesWithinGroup, OnTables(rules, table, cases, seed, Classes)),
            new InvariantVerdict(Invariant.OneGradePerUnit, OnTables(rules, table, cases, seed, OneGrade)),
            new InvariantVerdict(Invariant.MonotoneInFigures, deductionsNonNegative ? new Verdict.Proved(Proof.NonNegativeRates) : Monotone(rules, table, cases, seed)),
            new InvariantVerdict(Invariant.DisqualificationOnlyRank, OnTables(rules, table, cases, seed, (r, t, c) => DisqualificationOnlyRank(r, t, c)))).Strict();
    }

    private static Verdict StandardsSum(RuleSet rules, decimal maximum, TargetTable table)
    {
        if (rules.MaxTotal == maximum) return new Verdict.Proved(Proof.SumIsMaximum);
        var unit = table.Units.Head;
        var card = Kernel.Score(rules, unit, VerificationCases.Meeting(unit, rules));
        return new Verdict.Failed(Example(unit.Code, None, Seq<(FigureField, decimal)>(), card.Total, card.Total, maximum, card.Total), 0, 0);
    }

    private static Counterexample Example(UnitCode unit, Option<Indicator> clause, Seq<(FigureField, decimal)> figures, decimal score, decimal after, decimal bound, decimal total) =>
        new(Some(unit), clause, figures, None, score, after, bound, total, None, 0);

    private static Verdict QuotaFits(RuleSet rules, TargetTable table)
    {
        foreach (var (group, _) in RuleSetChecks.Quotas)
        {
            var size = table.Units.Count(u => u.Kind.Group() == group);
            var quota = rules.Quotas.Class1(group);
            if (quota > size)
                return new Verdict.Failed(new Counterexample(None, None, Seq<(FigureField, decimal)>(), None, quota, quota, size, 0m, Some(group), size), 0, 0);
        }
        return new Verdict.Proved(Proof.QuotaFits);
    }

    /// <summary>FsCheck with the given cases and seed, silent; the last failing input (after shrinking) or none.</summary>
    private static Option<T> Run<T>(Arbitrary<T> arb, Func<T, bool> holds, int cases, ulong seed)
    {
        Option<T> failing = None;
        var property = Prop.ForAll(arb, (T x) =>
        {
            var ok = holds(x);
            if (!ok) failing = Some(x);
            return ok;
        });
        var config = Config.Quick
            .WithMaxTest(cases)
            .WithRunner(Silent.Instance)
            .WithReplay(new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL | 1UL), Microsoft.FSharp.Core.FSharpOption<int>.None));
        Check.One(config, property);
        return failing;
    }

    private sealed class Silent : IRunner
    {
        public static readonly Silent Instance = new();
        public void OnStartFixture(Type t) { }
        public void OnArguments(int ntest, Microsoft.FSharp.Collections.FSharpList<object> args, Microsoft.FSharp.Core.FSharpFunc<int, Microsoft.FSharp.Core.FSharpFunc<Microsoft.FSharp.Collections.FSharpList<object>, string>> every) { }
        public void OnShrink(Microsoft.FSharp.Collections.FSharpList<object> args, Microsoft.FSharp.Core.FSharpFunc<Microsoft.FSharp.Collections.FSharpList<object>, string> everyShrink) { }
        public void OnFinished(string name, TestResult testResult) { }
    }

    private static Arbitrary<UnitCase> UnitArb(RuleSet rules, TargetTable table) =>
        Arb.From(VerificationCases.Units(rules, table), c => VerificationCases.Shrink(c.Targets, c.Figures, rules).Select(f => c with { Figures = f }));

    private static Verdict WithinStandard(RuleSet rules, TargetTable table, int cases, ulong seed)
    {
        bool Within(IndicatorScore s) => s.Score >= 0m && s.Score <= s.Standard;
        return Run(UnitArb(rules, table), c => Kernel.Score(rules, c.Targets, c.Figures).Indicators.All(Within), cases, seed).Match<Verdict>(
            c =>
            {
                var card = Kernel.Score(rules, c.Targets, c.Figures);
                var s = card.Indicators.First(x => !Within(x));
                return new Verdict.Failed(Example(c.Targets.Code, Some(s.Indicator), VerificationCases.Differences(c.Targets, c.Figures, rules), s.Score, s.Score, s.Standard, card.Total), cases, seed);
            },
            () => new Verdict.Held(cases, seed));
    }

    private static Verdict TotalWithin(RuleSet rules, decimal maximum, TargetTable table, int cases, ulong seed)
    {
        bool Within(ScoreCard card) => card.Total >= 0m && card.Total <= maximum;
        return Run(UnitArb(rules, table), c => Within(Kernel.Score(rules, c.Targets, c.Figures)), cases, seed).Match<Verdict>(
            c =>
            {
                var card = Kernel.Score(rules, c.Targets, c.Figures);
                // The score is the standards' sum: what carries a total over the maximum.
                return new Verdict.Failed(Example(c.Targets.Code, None, VerificationCases.Differences(c.Targets, c.Figures, rules), rules.MaxTotal, rules.MaxTotal, maximum, card.Total), cases, seed);
            },
            () => new Verdict.Held(cases, seed));
    }

    private static Verdict Monotone(RuleSet rules, TargetTable table, int cases, ulong seed)
    {
        Option<Indicator> Broken(MonotoneCase c)
        {
            var before = Kernel.Score(rules, c.Targets, c.Figures);
            return c.Field.Set(c.Figures, c.Better).Match(
                after =>
                {
                    var card = Kernel.Score(rules, c.Targets, after);
                    return Indicators.All.Find(i => card[i].Score < before[i].Score);
                },
                _ => None);
        }
        var arb = Arb.From(VerificationCases.Monotone(rules, table), c =>
            VerificationCases.Shrink(c.Targets, c.Figures, rules).Select(f => c with { Figures = f })
                .Concat(new[] { decimal.Round((c.Field.Get(c.Figures) + c.Better) / 2m, c.Field.Grid == 1m ? 0 : 2) }
                    .Where(v => v > c.Field.Get(c.Figures) && v < c.Better).Select(v => c with { Better = v })));
        return Run(arb, c => Broken(c).IsNone, cases, seed).Match<Verdict>(
            c =>
            {
                var clause = Broken(c);
                var indicator = (Indicator)clause;
                var before = Kernel.Score(rules, c.Targets, c.Figures);
                var after = Kernel.Score(rules, c.Targets, c.Field.Set(c.Figures, c.Better).Match(f => f, _ => c.Figures));
                return new Verdict.Failed(new Counterexample(Some(c.Targets.Code), clause, VerificationCases.Differences(c.Targets, c.Figures, rules),
                    Some((c.Field.Field, c.Field.Get(c.Figures), c.Better)), before[indicator].Score, after[indicator].Score, before[indicator].Standard, before.Total, None, 0), cases, seed);
            },
            () => new Verdict.Held(cases, seed));
    }

    private static Verdict OnTables(RuleSet rules, TargetTable table, int cases, ulong seed, Func<RuleSet, TargetTable, TableCase, Option<Counterexample>> broken)
    {
        // A table case is twelve units: fewer cases give the same reach in about the time of the unit properties.
        var tableCases = Math.Max(1, cases / 4);
        var arb = Arb.From(VerificationCases.Tables(rules, table));
        return Run(arb, c => broken(rules, table, c).IsNone, tableCases, seed).Match<Verdict>(
            c => new Verdict.Failed((Counterexample)broken(rules, table, c), tableCases, seed),
            () => new Verdict.Held(tableCases, seed));
    }

    private static Option<Counterexample> Classes(RuleSet rules, TargetTable table, TableCase c) =>
        Kernel.Assess(rules, table, c.Figures).Match(
            a => a.Groups.Find(g => g.Count(Grade.Class1) > rules.Quotas.Class1(g.Group) || g.Count(Grade.Class1) + g.Count(Grade.Class2) > g.Units.Count)
                .Map(g => new Counterexample(None, None, Seq<(FigureField, decimal)>(), None, g.Count(Grade.Class1), g.Count(Grade.Class2), rules.Quotas.Class1(g.Group), 0m, Some(g.Group), g.Units.Count)),
            _ => None);

    private static Option<Counterexample> OneGrade(RuleSet rules, TargetTable table, TableCase c) =>
        Kernel.Assess(rules, table, c.Figures).Match(
            a =>
            {
                var graded = a.Groups.Bind(g => g.Units).Map(u => u.Unit).ToList();
                return table.Units.Find(u => graded.Count(x => x == u.Code) != 1)
                    .Map(u => new Counterexample(Some(u.Code), None, Seq<(FigureField, decimal)>(), None, 0m, 0m, 1m, 0m, None, graded.Count(x => x == u.Code)));
            },
            _ => None);

    private static Option<Counterexample> DisqualificationOnlyRank(RuleSet rules, TargetTable table, TableCase c)
    {
        var clean = c.Figures.Map(f => f with { FundsMisused = false }).Strict();
        var misused = toSeq(clean.Select((f, i) => i == c.Misused ? f with { FundsMisused = true } : f)).Strict();
        var unit = misused[c.Misused].Unit;
        return (Kernel.Assess(rules, table, clean), Kernel.Assess(rules, table, misused)).Apply((before, after) =>
        {
            var cardsKept = before.Cards.Map(x => (x.Unit, x.Total, Scores: string.Join(",", x.Indicators.Select(s => s.Score))))
                .SequenceEqual(after.Cards.Map(x => (x.Unit, x.Total, Scores: string.Join(",", x.Indicators.Select(s => s.Score)))));
            var ranked = after.Groups.Bind(g => g.Units).Find(u => u.Unit == unit);
            var lostRank = ranked.Map(u => u.Rank.IsNone && u.Grade == Grade.Disqualified).IfNone(false);
            var othersOrder = before.Groups.Map(g => g.Units.Filter(u => u.Unit != unit).Map(u => u.Unit).Strict())
                .SequenceEqual(after.Groups.Map(g => g.Units.Filter(u => u.Unit != unit && u.Grade != Grade.Disqualified).Map(u => u.Unit).Strict()));
            return cardsKept && lostRank && othersOrder
                ? Option<Counterexample>.None
                : Some(new Counterexample(Some(unit), None, Seq<(FigureField, decimal)>(), None, 0m, 0m, 0m, after.Cards.Find(x => x.Unit == unit).Map(x => x.Total).IfNone(0m), None, 0));
        }).Match(x => x, _ => None);
    }
}
