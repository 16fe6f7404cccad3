using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Scenarios.Thresholds;

/// <summary>
/// The exact set of values of one parameter, target or figure for which a condition on the assessment holds.
/// <para>
/// Why it is exact. A target, a figure with a fixed better direction, or a scoring parameter feeds one indicator's rule,
/// and that indicator's published score is monotone in it: a deduction is max(0, target − actual) per step under the
/// policy (proportional, floor or ceiling: each nondecreasing in the shortfall and nonincreasing in the step), a
/// completion rate reached ÷ target falls as the target rises, the cap min(D, standard) and the rounding half away from
/// zero are monotone. Rounding to the rule set's decimals makes every score a step function: on the parameter's grid
/// each unit's score is constant between finitely many jump points. A monotone step function that takes the same value
/// at two grid points is constant between them, so a search between grid points with different scores (galloping from
/// the last jump, then bisection) finds every jump exactly, scored by the kernel's own rule (<see cref="Scorer.ScoreIndicator"/>), with no formula of its own that
/// could drift from the rules.
/// </para>
/// <para>
/// Between two consecutive jumps (over all units) every score card is constant, and the pass line, quotas and
/// tie-break are too, so the kernel's ranking, every grade and rank, and so every condition are constant: totals of
/// two units cross only where one of them jumps (the totals are sums of rounded scores, themselves step functions), so
/// the crossings of the tie-break are among the jumps. The condition is decided once per piece, and pieces with the
/// same answer are merged. The pass line changes no card: a unit's qualification flips where the line passes its
/// total, one grid step above it. A Class 1 quota is a whole number and is enumerated (it changes nothing above the
/// group's size). The unit policy is not a number and is refused, as is a figure without a better direction (its
/// scores need not be monotone).
/// </para>
/// </summary>
public static class Thresholds
{
    private static readonly AssessmentGroup[] Groups = Enum.GetValues<AssessmentGroup>();

    public static Validation<Problem, ThresholdAnswer> Answer(ScenarioBase @base, ThresholdQuestion question)
    {
        var template = question.Template;
        var templateAt = new Step.ThresholdPart(ThresholdItem.Template);
        if (NumericOverride.Of(template).Case is not NumericOverride varied)
            return Valid.Fail<ThresholdAnswer>(templateAt, new ThresholdReason.PolicyNotNumeric());
        if (template is Override.Figure f && f.Field.Def().Line.IsNone)
            return Valid.Fail<ThresholdAnswer>(templateAt, new ThresholdReason.FigureWithoutDirection(f.Field));
        var natural = NaturalDomain(template);
        var from = question.From.IfNone(natural.From);
        var to = question.To.IfNone(natural.To);
        var fromAt = new Step.ThresholdPart(ThresholdItem.From);
        var toAt = new Step.ThresholdPart(ThresholdItem.To);
        var grid = natural.Grid;
        var ends = OnGrid(from, grid, fromAt).Bind(_ => OnGrid(to, grid, toAt))
            .Bind(_ => to < from ? Valid.Fail<Unit>(toAt, new ThresholdReason.RangeEmpty(from, to)) : Valid.Ok(unit))
            // The ends are applied as any scenario's value would be: every value between them is then valid too (each domain is an interval).
            .Bind(_ => (Applies(@base, template.WithValue(from)).Under(fromAt), Applies(@base, template.WithValue(to)).Under(toAt)).Apply((_, _) => unit));
        return ends
            .Bind(_ => Assessor.Assess(@base.Rules, @base.Table, @base.Figures).Under(Step.Base.Instance))
            .Bind(assessment => CheckCondition(@base, question.Condition).Map(_ => assessment))
            .Bind(assessment => new Analysis(@base, assessment, varied, question.Condition, natural with { From = from, To = to }).Run());
    }

    /// <summary>
    /// Whether a value of the template applies to the base, with the problems <see cref="ScenarioApplication.Apply(ScenarioBase, Override)"/>
    /// answers. Applying a target set for a group or a kind replaces the covered rows one at a time, each through the
    /// table (quadratic in units: about 5 s for the two ends of a range on 1,633 counties). Each row is checked on its
    /// own and the first that fails is the answer, so each covered row is applied alone, in the table's order, up to the
    /// first that fails: the same problems, linear in units.
    /// </summary>
    private static Validation<Problem, Unit> Applies(ScenarioBase b, Override value)
    {
        if (value is not Override.Target { Scope: not TargetScope.OneUnit } target)
            return ScenarioApplication.Apply(b, value).Map(_ => unit);
        var covered = b.Table.Units.Filter(u => target.Scope.Covers(u.Code, u.Kind));
        if (covered.IsEmpty) return ScenarioApplication.Apply(b, value).Map(_ => unit);
        var rows = b.Table.Rows.ToDictionary(r => r.Code);
        foreach (var u in covered)
        {
            if (!rows.TryGetValue(u.Code, out var row)) continue;
            var alone = TargetTable.Create(Seq1(row)).Match(t => t, ps => throw new InvalidOperationException($"a scored row alone is no table: {ps.Head}"));
            var applied = ScenarioApplication.Apply(b with { Table = alone }, value);
            if (applied.IsFail) return applied.Map(_ => unit);
        }
        return Valid.Ok(unit);
    }

    /// <summary>The values a template may take, and the grid they lie on.</summary>
    public static ThresholdDomain NaturalDomain(Override template) => template.Match(
        parameter => parameter.Definition.Kind switch
        {
            ParameterKind.Points => new ThresholdDomain(0m, 1_000m, 0.01m, GridKind.Hundredths),
            ParameterKind.Step => new ThresholdDomain(0.01m, Valid.MaxAmount, 0.01m, GridKind.Hundredths),
            ParameterKind.Amount => new ThresholdDomain(0m, Valid.MaxAmount, 0.01m, GridKind.Hundredths),
            ParameterKind.Percent => new ThresholdDomain(0m, 100m, 0.01m, GridKind.Hundredths),
            ParameterKind.Count => new ThresholdDomain(0m, 100_000m, 1m, GridKind.Whole),
        },
        _ => new ThresholdDomain(0m, 0m, 1m, GridKind.Whole),
        target => target.Field switch
        {
            TargetField.ReductionRatePercent => new ThresholdDomain(0m, 100m, 0.01m, GridKind.Hundredths),
            TargetField.IncomeGrowthPercent => new ThresholdDomain(-100m, 10_000m, 0.01m, GridKind.Hundredths),
            TargetField.TotalInvestmentWan or TargetField.OwnBudgetWan or TargetField.SocialInvestmentWan or TargetField.IncomeYuan
                or TargetField.PerVillageInvestmentWan => new ThresholdDomain(0m, Valid.MaxAmount, 0.01m, GridKind.Hundredths),
            TargetField.HousesToRenovate or TargetField.PersonsToReach or TargetField.HouseholdsToReach => new ThresholdDomain(0m, Valid.MaxCount, 1m, GridKind.Whole),
        },
        figure => figure.Field.Def() switch
        {
            var d => new ThresholdDomain(d.Min, d.Max, d.Grid, d.Grid == 1m ? GridKind.Whole : GridKind.Hundredths),
        });

    /// <summary>The indicator whose rule reads a target column.</summary>
    public static Indicator IndicatorOf(TargetField field) => field switch
    {
        TargetField.ReductionRatePercent => Indicator.PovertyReduction,
        TargetField.PersonsToReach or TargetField.HouseholdsToReach => Indicator.TargetedAssistance,
        TargetField.IncomeYuan or TargetField.IncomeGrowthPercent => Indicator.VillageIncome,
        TargetField.HousesToRenovate => Indicator.HouseRenovation,
        TargetField.PerVillageInvestmentWan => Indicator.VillageAssistance,
        TargetField.SocialInvestmentWan => Indicator.SocialInvestment,
        TargetField.TotalInvestmentWan => Indicator.TotalInvestment,
        TargetField.OwnBudgetWan => Indicator.OwnBudget,
    };

    private static Validation<Problem, Unit> OnGrid(decimal value, decimal grid, Step at) =>
        value % grid == 0m ? Valid.Ok(unit) : Valid.Fail<Unit>(at, new ThresholdReason.OffGrid(value, grid));

    private static Validation<Problem, Unit> CheckCondition(ScenarioBase b, ThresholdCondition condition) =>
        condition.NamedUnit.Match(
            code => b.Table.Find(code).IsSome
                ? Valid.Ok(unit)
                : Valid.Fail<Unit>(SharedProblems.NotScored(b.Table, code).Under(new Step.ThresholdPart(ThresholdItem.ConditionUnit))),
            () => condition is ThresholdCondition.AtLeastQualified { Count: < 0 } a
                ? Valid.Fail<Unit>(new Step.ThresholdPart(ThresholdItem.ConditionCount), new ValueReason.Negative(a.Count))
                : Valid.Ok(unit));

    /// <summary>The template's value in the base, where it has one (a target set for a group: when every unit of it has the same).</summary>
    public static Option<decimal> BaseValue(ScenarioBase b, Override template) => template.Match(
        parameter => Some(parameter.Definition.Get(b.Rules)),
        _ => None,
        target =>
        {
            var values = b.Table.UnitsByCode.Where(u => target.Scope.Covers(u.Code, u.Kind)).Select(u => TargetValue(b.Rules, u, target.Field)).Distinct().ToList();
            return values.Count == 1 ? values[0] : None;
        },
        figure => b.Figures.Find(x => x.Unit == figure.Unit).Map(x => figure.Field.Def().Get(x)));

    private static Option<decimal> TargetValue(RuleSet rules, UnitTargets u, TargetField field) => field switch
    {
        TargetField.ReductionRatePercent => u.Population.ReductionRatePercent,
        TargetField.TotalInvestmentWan => u.Work.TotalInvestmentWan,
        TargetField.OwnBudgetWan => u.Work.OwnBudgetWan,
        TargetField.SocialInvestmentWan => u.Work.SocialInvestmentWan,
        TargetField.IncomeYuan => u.Work.IncomeYuan,
        TargetField.IncomeGrowthPercent => u.Work.IncomeGrowthPercent,
        TargetField.HousesToRenovate => u.Work.HousesToRenovate,
        TargetField.PersonsToReach => u.Work.PersonsToReach,
        TargetField.HouseholdsToReach => u.Work.HouseholdsToReach,
        TargetField.PerVillageInvestmentWan => u.Work.PerVillageInvestmentWan,
    };

    /// <summary>
    /// One question over one base. Each varied unit's jumps are found by galloping from its last jump, scored by the
    /// kernel's rule: the gap to the previous jump is the first guess, a probe that lands on the same score strides on
    /// (doubling), one that does not is narrowed by bisection. A jump costs about one scoring where jumps are dense (a
    /// percentage target against a per-point rule jumps at every step) and two where they are regular; bisecting from the
    /// range's ends took 1 + log2(N / J) for J jumps among N values. Only what the condition reads is kept: a counted condition keeps the values where some
    /// unit's qualification flips (at most one per unit, its score being monotone), a ranked one every jump of the
    /// units of the groups it ranks, and ranks only the groups that changed. The cards at an end are scored afresh
    /// on both sides of it.
    /// </summary>
    private sealed class Analysis
    {
        private readonly ScenarioBase b;
        private readonly Assessment baseAssessment;
        private readonly Override template;
        private readonly NumericOverride varied;
        private readonly ThresholdCondition condition;
        private readonly ThresholdDomain domain;
        private readonly IReadOnlyList<UnitTargets> unitTargets;
        private readonly UnitFigures[] figures;
        private readonly Dictionary<UnitCode, int> index;
        private readonly Dictionary<UnitCode, (Grade Grade, Option<int> Rank)> baseStanding;
        private readonly ScoreCard[] baseCards;
        private readonly long last;
        private long evaluations;

        public Analysis(ScenarioBase b, Assessment baseAssessment, NumericOverride varied, ThresholdCondition condition, ThresholdDomain domain)
        {
            this.b = b;
            this.baseAssessment = baseAssessment;
            this.varied = varied;
            template = varied.Override;
            this.condition = condition;
            this.domain = domain;
            unitTargets = b.Table.UnitsByCode;
            var byCode = b.Figures.ToDictionary(x => x.Unit);
            figures = unitTargets.Select(u => byCode[u.Code]).ToArray();
            index = new Dictionary<UnitCode, int>(unitTargets.Count);
            for (var i = 0; i < unitTargets.Count; i++) index[unitTargets[i].Code] = i;
            baseStanding = baseAssessment.Groups.Bind(g => g.Units).ToDictionary(u => u.Unit, u => (u.Grade, u.Rank));
            baseCards = baseAssessment.Cards.ToArray();
            last = (long)((Rational)(domain.To - domain.From) / domain.Grid).Floor().ToDecimal();
        }

        private decimal V(long n) => domain.From + n * domain.Grid;

        private RuleSet RulesAt(decimal v) => template is Override.Parameter p ? p.Definition.Set(b.Rules, v) : b.Rules;

        /// <summary>
        /// Where the condition's truth changes: <see cref="Starts"/>[k] is the first grid index of a run of values on which
        /// it is <see cref="Truths"/>[k] (the first run starts at 0); the number of breakpoints examined.
        /// </summary>
        private sealed record Pieces(List<long> Starts, List<bool> Truths, int Breakpoints);

        public Validation<Problem, ThresholdAnswer> Run()
        {
            var ranksOnly = template is Override.Parameter { Definition.Effect: ParameterEffect.RanksOnly };
            var (affected, indicator, score) = ranksOnly
                ? (System.Array.Empty<int>(), Indicator.PovertyReduction, (_, _) => throw new InvalidOperationException("a ranking parameter scores nothing"))
                : Varied();
            var alike = Alike(affected);
            var found = ranksOnly ? Some(RankingPieces()) : ScoredPieces(alike, indicator, score);
            if (found.IsNone)
                return Valid.Fail<ThresholdAnswer>(new Step.ThresholdPart(ThresholdItem.Template), new ThresholdReason.TooManyEvaluations(evaluations, ThresholdQuestion.MaxEvaluations));
            var (starts, truths, breakpoints) = found.IfNone(() => throw new InvalidOperationException());

            // The cards on either side of an end, scored afresh there (the varied units only; the others keep the base's).
            ScoreCard[] CardsAt(long n)
            {
                if (affected.Length == 0) return baseCards;
                var cards = (ScoreCard[])baseCards.Clone();
                foreach (var units in alike)
                {
                    var at = score(units[0], V(n));
                    foreach (var u in units) cards[u] = WithScore(cards[u], at);
                }
                return cards;
            }

            var intervals = Seq<ThresholdInterval>();
            for (var k = 0; k < starts.Count; k++)
            {
                if (!truths[k]) continue;
                var lo = starts[k];
                var hi = k + 1 < starts.Count ? starts[k + 1] - 1 : last;
                var low = lo == 0
                    ? new ThresholdEnd(V(lo), None, Seq<ThresholdChange>())
                    : new ThresholdEnd(V(lo), Some(V(lo - 1)), Changes(CardsAt(lo), V(lo), CardsAt(lo - 1), V(lo - 1)));
                var high = hi == last
                    ? new ThresholdEnd(V(hi), None, Seq<ThresholdChange>())
                    : new ThresholdEnd(V(hi), Some(V(hi + 1)), Changes(CardsAt(hi), V(hi), CardsAt(hi + 1), V(hi + 1)));
                intervals = intervals.Add(new ThresholdInterval(low, high));
            }
            var holdsAtBase = new Judge(this, (ScoreCard[])baseCards.Clone(), b.Rules).Holds(b.Rules);
            return Valid.Ok(new ThresholdAnswer(domain, intervals, BaseValue(b, template), holdsAtBase, breakpoints, evaluations));
        }

        /// <summary>The units the template scores, the indicator it feeds, and that indicator's score for a unit at a value.</summary>
        private (int[] Units, Indicator Indicator, Func<int, decimal, IndicatorScore> Score) Varied() => varied.Match<(int[], Indicator, Func<int, decimal, IndicatorScore>)>(
            parameter =>
            {
                // A scoring parameter is one indicator's (RuleParameters builds them per indicator).
                var indicator = parameter.Definition.Indicator.IfNone(() => throw new InvalidOperationException($"{parameter.Definition.Path} scores no indicator"));
                return (Enumerable.Range(0, unitTargets.Count).ToArray(), indicator,
                    (u, v) => { evaluations++; return Scorer.ScoreIndicator(parameter.Definition.Set(b.Rules, v), unitTargets[u], figures[u], indicator); });
            },
            target =>
            {
                var indicator = IndicatorOf(target.Field);
                return (Enumerable.Range(0, unitTargets.Count).Where(u => target.Scope.Covers(unitTargets[u].Code, unitTargets[u].Kind)).ToArray(), indicator,
                    (u, v) => { evaluations++; return Scorer.ScoreIndicator(b.Rules, ScenarioApplication.WithTarget(unitTargets[u], target.Field, v), figures[u], indicator); });
            },
            figure =>
            {
                var def = figure.Field.Def();
                var indicator = def.Line.Map(l => l.Indicator).IfNone(() => throw new InvalidOperationException($"{def.Path} has no line"));
                return (new[] { index[figure.Unit] }, indicator,
                    (u, v) =>
                    {
                        evaluations++;
                        var changed = def.Set(figures[u], v).Match(x => x, ps => throw new InvalidOperationException($"{def.Path} = {v} failed inside its checked range: {ps.Head}"));
                        return Scorer.ScoreIndicator(b.Rules, unitTargets[u], changed, indicator);
                    });
            });

        /// <summary>
        /// The pieces of a template that varies scores. A breakpoint is a value where some varied unit's score jumps; the
        /// condition is decided again only where something it reads changes. None when the scorings exceed the limit.
        /// </summary>
        private Option<Pieces> ScoredPieces(int[][] alike, Indicator indicator, Func<int, decimal, IndicatorScore> score)
        {
            var counted = condition.CountsOnly;
            var ranked = RankedGroups();
            var cards = (ScoreCard[])baseCards.Clone();
            var breakpoints = new System.Collections.Generic.HashSet<long>();
            var eventAt = new List<long>();
            var events = new List<(int Unit, IndicatorScore Score)>();
            void Add(long at, int u, IndicatorScore s)
            {
                eventAt.Add(at);
                events.Add((u, s));
            }
            // What one unit keeps of each jump of its score: a counted condition, the jumps where its qualification flips.
            Action<long, IndicatorScore> Follower(int u, IndicatorScore first)
            {
                var card = baseCards[u];
                var others = card.Total - card[indicator].Score;
                cards[u] = WithScore(card, first);
                var everyJump = !counted && ranked[(int)card.Group];
                var qualifies = Qualifies(card.FundsMisused, others + first.Score);
                return (at, s) =>
                {
                    if (everyJump) Add(at, u, s);
                    else if (counted && Qualifies(card.FundsMisused, others + s.Score) != qualifies)
                    {
                        qualifies = !qualifies;
                        Add(at, u, s);
                    }
                };
            }

            foreach (var units in alike)
            {
                var first = score(units[0], V(0));
                var followers = units.Select(u => Follower(u, first)).ToArray();
                Walk(units[0], score, first, (at, s) =>
                {
                    breakpoints.Add(at);
                    foreach (var follow in followers) follow(at, s);
                });
                if (evaluations > ThresholdQuestion.MaxEvaluations) return None;
            }

            // The changes in the order of their values (each unit's are in order already; units interleave).
            var keys = eventAt.ToArray();
            var order = Enumerable.Range(0, keys.Length).ToArray();
            System.Array.Sort(keys, order);
            var judge = new Judge(this, cards, RulesAt(V(0)));
            var starts = new List<long> { 0 };
            var truths = new List<bool> { judge.Holds(RulesAt(V(0))) };
            for (var k = 0; k < keys.Length;)
            {
                var p = keys[k];
                for (; k < keys.Length && keys[k] == p; k++)
                {
                    var (u, s) = events[order[k]];
                    judge.Set(u, s);
                }
                var holds = judge.Holds(RulesAt(V(p)));
                if (holds == truths[^1]) continue;
                starts.Add(p);
                truths.Add(holds);
            }
            return new Pieces(starts, truths, breakpoints.Count);
        }

        /// <summary>
        /// The varied units in sets that score alike: the same kind, targets and figures (no rule reads a unit's code or
        /// name), so the same score at every value. Each set is scored once, through its first unit; a base made by
        /// repeating units walks each distinct unit once.
        /// </summary>
        private int[][] Alike(int[] affected) =>
            affected.GroupBy(u => u, new Alikeness(this)).Select(g => g.ToArray()).ToArray();

        /// <summary>
        /// Units alike: equal kinds, targets and figures but for the unit's code. The hash reads a few plain numbers only:
        /// hashing a <see cref="Seq{A}"/> (the villages) first scans every loaded assembly for LanguageExt's type classes.
        /// </summary>
        private sealed class Alikeness(Analysis a) : IEqualityComparer<int>
        {
            public bool Equals(int x, int y)
            {
                var (tx, ty) = (a.unitTargets[x], a.unitTargets[y]);
                var (fx, fy) = (a.figures[x], a.figures[y]);
                return tx.Kind == ty.Kind && tx.Population == ty.Population && tx.Work == ty.Work && (fx with { Unit = fy.Unit }) == fy;
            }

            public int GetHashCode(int u)
            {
                var (t, f) = (a.unitTargets[u], a.figures[u]);
                return HashCode.Combine(t.Kind, t.Population.BaselinePopulation, t.Population.ReductionRatePercent, t.Work.PoorVillages,
                    f.PovertyReduction.PersonsLifted, f.VillageAssistance.Villages.Count, f.VillageAssistance.FundsPledgedWan, f.FundsMisused);
            }
        }

        private bool Qualifies(bool fundsMisused, decimal total) => !fundsMisused && b.Rules.Passes(total);

        /// <summary>The groups whose ranking the condition reads (a ranked condition's unit's group, or every group for grades); none for a counted one.</summary>
        private bool[] RankedGroups()
        {
            Func<AssessmentGroup, bool> GroupOf(UnitCode unit) => g => g == unitTargets[index[unit]].Kind.Group();
            var reads = condition.Match(_ => _ => false, _ => _ => false, c1 => GroupOf(c1.Unit), keeps => GroupOf(keeps.Unit), _ => _ => false, _ => (Func<AssessmentGroup, bool>)(_ => true));
            return Groups.Select(reads).ToArray();
        }

        /// <summary>
        /// Calls <paramref name="jump"/> for every grid index in (0, last] where unit <paramref name="u"/>'s (monotone) score
        /// changes, in order, with the score from there on. From a jump at a, the next is the first index whose score
        /// differs: probe a + the last gap; if it differs, it or (a, it) holds the jump; if not, stride on from it (1, 2,
        /// 4 …) until a probe differs; then bisect. The same score at two indices means the same score between them.
        /// </summary>
        private void Walk(int u, Func<int, decimal, IndicatorScore> score, IndicatorScore first, Action<long, IndicatorScore> jump)
        {
            if (last == 0) return;
            var end = score(u, V(last));
            IndicatorScore At(long n) => n == last ? end : score(u, V(n));
            var (a, now, gap) = (0L, first.Score, 1L);
            while (now != end.Score && evaluations <= ThresholdQuestion.MaxEvaluations)
            {
                // lo keeps the score `now`, hi does not: the jump is in (lo, hi].
                long lo, hi;
                var probe = Math.Min(a + gap, last);
                var atHi = At(probe);
                if (atHi.Score == now)
                {
                    // The last index keeps no `now`, so the stride ends.
                    (lo, hi) = (probe, probe);
                    for (var stride = 1L; atHi.Score == now; stride *= 2)
                    {
                        lo = hi;
                        hi = Math.Min(lo + stride, last);
                        atHi = At(hi);
                    }
                }
                else
                {
                    (lo, hi) = (a, probe);
                    if (probe - 1 > a)
                    {
                        var before = At(probe - 1);
                        if (before.Score == now) lo = probe - 1;
                        else (hi, atHi) = (probe - 1, before);
                    }
                }
                while (hi - lo > 1)
                {
                    var mid = lo + (hi - lo) / 2;
                    var atMid = At(mid);
                    if (atMid.Score == now) lo = mid;
                    else (hi, atHi) = (mid, atMid);
                }
                jump(hi, atHi);
                (gap, a, now) = (hi - a, hi, atHi.Score);
            }
        }

        /// <summary>
        /// A ranking parameter changes no card: the pass line changes a qualification one step above each total; a quota
        /// every whole number up to the largest group's size. The condition is decided at each.
        /// </summary>
        private Pieces RankingPieces()
        {
            var def = ((Override.Parameter)template).Definition;
            var points = new SortedSet<long>();
            if (def == RuleParameters.PassLine)
            {
                foreach (var c in baseCards)
                {
                    // Passes(t) ⇔ t ≥ line: the first grid value above t fails.
                    if (c.Total < domain.From) continue;
                    var n = (long)((Rational)(c.Total - domain.From) / domain.Grid).Floor().ToDecimal() + 1;
                    if (n <= last) points.Add(n);
                }
            }
            else
            {
                var largest = Groups.Max(g => baseCards.Count(c => c.Group == g));
                for (long n = 1; n <= Math.Min(last, largest + 1 - (long)domain.From); n++) points.Add(n);
            }
            var judge = new Judge(this, (ScoreCard[])baseCards.Clone(), RulesAt(V(0)));
            var starts = new List<long> { 0 };
            var truths = new List<bool> { judge.Holds(RulesAt(V(0))) };
            foreach (var p in points)
            {
                var holds = judge.Holds(RulesAt(V(p)));
                if (holds == truths[^1]) continue;
                starts.Add(p);
                truths.Add(holds);
            }
            return new Pieces(starts, truths, points.Count);
        }

        private static ScoreCard WithScore(ScoreCard card, IndicatorScore score) =>
            card[score.Indicator].Score == score.Score && card[score.Indicator] == score
                ? card
                : new ScoreCard(card.Unit, card.Name, card.Kind, card.Indicators.Select(s => s.Indicator == score.Indicator ? score : s), card.FundsMisused);

        /// <summary>What changes from <paramref name="inside"/> (at <paramref name="at"/>) to <paramref name="outside"/> (at <paramref name="beyond"/>).</summary>
        private Seq<ThresholdChange> Changes(ScoreCard[] inside, decimal at, ScoreCard[] outside, decimal beyond)
        {
            var rankIn = Standing(Assessor.Rank(RulesAt(at), b.Table, inside));
            var rankOut = Standing(Assessor.Rank(RulesAt(beyond), b.Table, outside));
            var changes = new List<ThresholdChange>();
            for (var u = 0; u < inside.Length; u++)
            {
                var (i, o) = (inside[u], outside[u]);
                var scores = Indicators.All.Filter(ind => i[ind].Score != o[ind].Score).Map(ind => new ScoreStep(ind, i[ind].Score, o[ind].Score)).Strict();
                var (gi, ri) = rankIn[i.Unit];
                var (go, ro) = rankOut[o.Unit];
                if (scores.IsEmpty && gi == go && ri == ro) continue;
                changes.Add(new ThresholdChange(i.Unit, scores, i.Total, o.Total, gi, go, ri, ro));
            }
            return changes.ToSeq().Strict();
        }

        private static Dictionary<UnitCode, (Grade, Option<int>)> Standing(Assessment a) =>
            a.Groups.Bind(g => g.Units).ToDictionary(u => u.Unit, u => (u.Grade, u.Rank));

        /// <summary>
        /// Decides the condition on the cards as they change. Conditions on qualification alone are counted (qualified ⇔
        /// not disqualified and the total reaches the pass line, as <see cref="Ranker"/> grades), updated per changed
        /// score; the others rank with the kernel's <see cref="Ranker"/>, only the groups whose cards (or rule set)
        /// changed since they were last ranked. A unit that does not qualify is in no class, without ranking; and a named
        /// unit's rank and grade are ranked among the units whose totals reach its own: the ranking orders by total first
        /// (specs/docs/readings.md, "Ties"), so a lower total ranks below it and changes neither. A changed score enters its unit's
        /// card only when the card is ranked.
        /// </summary>
        private sealed class Judge
        {
            private readonly Analysis a;
            private readonly ScoreCard[] cards;
            private readonly IndicatorScore?[] pending;
            private readonly decimal[] totals;
            private readonly int[] qualified = new int[Groups.Length];
            private readonly int[] unqualified = new int[Groups.Length];
            private readonly bool[] changed = new bool[Groups.Length];
            private readonly bool[] keepsGrades = new bool[Groups.Length];
            private RankedUnit? named;
            private RuleSet rules;

            public Judge(Analysis a, ScoreCard[] cards, RuleSet rules)
            {
                this.a = a;
                this.cards = cards;
                this.rules = rules;
                pending = new IndicatorScore?[cards.Length];
                totals = cards.Select(c => c.Total).ToArray();
                Recount();
                System.Array.Fill(changed, true);
            }

            /// <summary>Unit <paramref name="u"/>'s score of one indicator is now <paramref name="score"/>.</summary>
            public void Set(int u, IndicatorScore score)
            {
                Count(u, -1);
                var card = cards[u];
                totals[u] = card.Total - card[score.Indicator].Score + score.Score;
                pending[u] = score;
                Count(u, 1);
                changed[(int)card.Group] = true;
            }

            private ScoreCard Card(int u)
            {
                if (pending[u] is { } score)
                {
                    cards[u] = WithScore(cards[u], score);
                    pending[u] = null;
                }
                return cards[u];
            }

            private void Recount()
            {
                System.Array.Clear(qualified);
                System.Array.Clear(unqualified);
                for (var u = 0; u < cards.Length; u++) Count(u, 1);
            }

            private void Count(int u, int sign)
            {
                var c = cards[u];
                if (c.FundsMisused) return;
                if (rules.Passes(totals[u])) qualified[(int)c.Group] += sign;
                else unqualified[(int)c.Group] += sign;
            }

            public bool Holds(RuleSet now)
            {
                if (!ReferenceEquals(now, rules))
                {
                    var line = now.PassLine != rules.PassLine;
                    rules = now;
                    if (line) Recount();
                    System.Array.Fill(changed, true);
                }
                return a.condition.Match(
                    none => none.Group.Match(g => unqualified[(int)g] == 0, () => unqualified.Sum() == 0),
                    q => Qualifies(a.index[q.Unit]),
                    c1 => Qualifies(a.index[c1.Unit]) && Named(c1.Unit).Grade == Grade.Class1,
                    keeps => Named(keeps.Unit).Rank == a.baseStanding[keeps.Unit].Rank,
                    atLeast => atLeast.Group.Match(g => qualified[(int)g], () => qualified.Sum()) >= atLeast.Count,
                    _ => Groups.All(KeepsGrades));
            }

            private bool Qualifies(int u) => !cards[u].FundsMisused && rules.Passes(totals[u]);

            /// <summary>The named unit as ranked in its group among the units whose totals reach its own, ranked again only when the group changed.</summary>
            private RankedUnit Named(UnitCode unit)
            {
                var x = a.index[unit];
                var group = cards[x].Group;
                if (named is null || changed[(int)group])
                {
                    var contenders = new List<ScoreCard>();
                    for (var u = 0; u < cards.Length; u++)
                        if (cards[u].Group == group && totals[u] >= totals[x]) contenders.Add(Card(u));
                    named = Ranker.Rank(rules, group, contenders).Units.Find(r => r.Unit == unit).IfNone(() => throw new InvalidOperationException($"{unit} not ranked"));
                    changed[(int)group] = false;
                }
                return named;
            }

            private bool KeepsGrades(AssessmentGroup g)
            {
                if (changed[(int)g])
                {
                    var members = new List<ScoreCard>();
                    for (var u = 0; u < cards.Length; u++)
                        if (cards[u].Group == g) members.Add(Card(u));
                    keepsGrades[(int)g] = Ranker.Rank(rules, g, members).Units.ForAll(r => r.Grade == a.baseStanding[r.Unit].Grade);
                    changed[(int)g] = false;
                }
                return keepsGrades[(int)g];
            }
        }
    }
}
