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

using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Scenarios.Thresholds;

namespace ScoringKernel.Core.Tests.Scenarios;

/// <summary>
/// The threshold analysis as it was before it was made fast, kept as the reference the fast one is held to
/// (<see cref="ThresholdAgreement"/>): every varied unit's jumps found by bisecting between grid values with different
/// scores, every score card rebuilt at every jump, and the condition decided at every breakpoint by counting or by
/// the kernel's ranker over all units. Targets are set through <see cref="ScenarioApplication.Apply(ScenarioBase, Override)"/>
/// (the unchecked setter is the kernel's own), which changes nothing inside the checked range.
/// </summary>
public static class BisectingThresholds
{
    private static readonly AssessmentGroup[] Groups = Enum.GetValues<AssessmentGroup>();

    public static Validation<Problem, ThresholdAnswer> Answer(ScenarioBase @base, ThresholdQuestion question)
    {
        var template = question.Template;
        var templateAt = new Step.ThresholdPart(ThresholdItem.Template);
        if (!template.IsNumeric)
            return Valid.Fail<ThresholdAnswer>(templateAt, new ThresholdReason.PolicyNotNumeric());
        if (template is Override.Figure f && f.Field.Def().Line.IsNone)
            return Valid.Fail<ThresholdAnswer>(templateAt, new ThresholdReason.FigureWithoutDirection(f.Field));
        var natural = Thresholds.NaturalDomain(template);
        var from = question.From.IfNone(natural.From);
        var to = question.To.IfNone(natural.To);
        var fromAt = new Step.ThresholdPart(ThresholdItem.From);
        var toAt = new Step.ThresholdPart(ThresholdItem.To);
        var grid = natural.Grid;
        var ends = OnGrid(from, grid, fromAt).Bind(_ => OnGrid(to, grid, toAt))
            .Bind(_ => to < from ? Valid.Fail<Unit>(toAt, new ThresholdReason.RangeEmpty(from, to)) : Valid.Ok(unit))
            // The ends are applied as any scenario's value would be: every value between them is then valid too (each domain is an interval).
            .Bind(_ => (ScenarioApplication.Apply(@base, template.WithValue(from)).Under(fromAt),
                        ScenarioApplication.Apply(@base, template.WithValue(to)).Under(toAt)).Apply((_, _) => unit));
        return ends
            .Bind(_ => Assessor.Assess(@base.Rules, @base.Table, @base.Figures).Under(Step.Base.Instance))
            .Bind(assessment => CheckCondition(@base, question.Condition).Map(_ => assessment))
            .Bind(assessment => new Analysis(@base, assessment, template, question.Condition, natural with { From = from, To = to }).Run());
    }

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

    /// <summary>One question over one base: the jumps found, the pieces decided, the intervals merged.</summary>
    private sealed class Analysis
    {
        private readonly ScenarioBase b;
        private readonly Assessment baseAssessment;
        private readonly Override template;
        private readonly ThresholdCondition condition;
        private readonly ThresholdDomain domain;
        private readonly IReadOnlyList<UnitTargets> unitTargets;
        private readonly UnitFigures[] figures;
        private readonly Dictionary<UnitCode, int> index;
        private readonly Dictionary<UnitCode, (Grade Grade, Option<int> Rank)> baseStanding;
        private readonly long last;
        private long evaluations;

        public Analysis(ScenarioBase b, Assessment baseAssessment, Override template, ThresholdCondition condition, ThresholdDomain domain)
        {
            this.b = b;
            this.baseAssessment = baseAssessment;
            this.template = template;
            this.condition = condition;
            this.domain = domain;
            unitTargets = b.Table.UnitsByCode;
            var byCode = b.Figures.ToDictionary(x => x.Unit);
            figures = unitTargets.Select(u => byCode[u.Code]).ToArray();
            index = new Dictionary<UnitCode, int>(unitTargets.Count);
            for (var i = 0; i < unitTargets.Count; i++) index[unitTargets[i].Code] = i;
            baseStanding = baseAssessment.Groups.Bind(g => g.Units).ToDictionary(u => u.Unit, u => (u.Grade, u.Rank));
            last = (long)((domain.To - domain.From) / domain.Grid);
        }

        private decimal V(long n) => domain.From + n * domain.Grid;

        private RuleSet RulesAt(decimal v) => template is Override.Parameter p ? p.Definition.Set(b.Rules, v) : b.Rules;

        public Validation<Problem, ThresholdAnswer> Run()
        {
            var cards = baseAssessment.Cards.ToArray();
            var events = new List<(long N, int Unit, IndicatorScore Score)>();
            var ranksOnly = template is Override.Parameter { Definition.Effect: ParameterEffect.RanksOnly };
            var breakpoints = new List<long>();
            if (ranksOnly)
                breakpoints = RankingBreakpoints(cards);
            else
            {
                var (affected, indicator, score) = Varied();
                foreach (var u in affected)
                {
                    var first = score(u, V(0));
                    var lastScore = score(u, V(last));
                    evaluations += 2;
                    cards[u] = WithScore(cards[u], first);
                    Jumps(events, u, score, 0, first, last, lastScore);
                    if (evaluations > ThresholdQuestion.MaxEvaluations)
                        return Valid.Fail<ThresholdAnswer>(new Step.ThresholdPart(ThresholdItem.Template), new ThresholdReason.TooManyEvaluations(evaluations, ThresholdQuestion.MaxEvaluations));
                }
                events.Sort((x, y) => x.N.CompareTo(y.N));
                foreach (var e in events)
                    if (breakpoints.Count == 0 || breakpoints[^1] != e.N) breakpoints.Add(e.N);
            }

            // Pieces: [0, p1 − 1], [p1, p2 − 1], … [pk, last]. Every card (and, for the pass line or a quota, the rule set) is
            // constant on a piece, so the condition is decided once, at its first value.
            var judge = new Judge(this, cards);
            var starts = new List<long> { 0 };
            var truths = new List<bool> { judge.Holds(cards, RulesAt(V(0))) };
            var flips = new Dictionary<long, (ScoreCard[] Before, ScoreCard[] After)>();
            var next = 0;
            var changed = new List<(int Unit, ScoreCard Old)>();
            foreach (var p in breakpoints)
            {
                changed.Clear();
                for (; next < events.Count && events[next].N == p; next++)
                {
                    var (_, u, s) = events[next];
                    var old = cards[u];
                    changed.Add((u, old));
                    cards[u] = WithScore(old, s);
                    judge.Changed(old, cards[u]);
                }
                var holds = judge.Holds(cards, RulesAt(V(p)));
                if (holds != truths[^1])
                {
                    // Both sides kept for the end's description; the cards are updated in place otherwise.
                    var before = (ScoreCard[])cards.Clone();
                    for (var i = changed.Count - 1; i >= 0; i--) before[changed[i].Unit] = changed[i].Old;
                    flips[p] = (before, (ScoreCard[])cards.Clone());
                }
                starts.Add(p);
                truths.Add(holds);
            }

            var intervals = Seq<ThresholdInterval>();
            for (var k = 0; k < starts.Count; k++)
            {
                if (!truths[k] || (k > 0 && truths[k - 1])) continue;
                var end = k;
                while (end + 1 < starts.Count && truths[end + 1]) end++;
                var lo = starts[k];
                var hi = end + 1 < starts.Count ? starts[end + 1] - 1 : last;
                var low = lo == 0
                    ? new ThresholdEnd(V(lo), None, Seq<ThresholdChange>())
                    : new ThresholdEnd(V(lo), Some(V(lo - 1)), Changes(flips[lo].After, V(lo), flips[lo].Before, V(lo - 1)));
                var high = hi == last
                    ? new ThresholdEnd(V(hi), None, Seq<ThresholdChange>())
                    : new ThresholdEnd(V(hi), Some(V(hi + 1)), Changes(flips[hi + 1].Before, V(hi), flips[hi + 1].After, V(hi + 1)));
                intervals = intervals.Add(new ThresholdInterval(low, high));
            }
            var holdsAtBase = new Judge(this, baseAssessment.Cards.ToArray()).Holds(baseAssessment.Cards.ToArray(), b.Rules);
            return Valid.Ok(new ThresholdAnswer(domain, intervals, Thresholds.BaseValue(b, template), holdsAtBase, breakpoints.Count, evaluations));
        }

        /// <summary>The units the template scores, the indicator it feeds, and that indicator's score for a unit at a value.</summary>
        private (int[] Units, Indicator Indicator, Func<int, decimal, IndicatorScore> Score) Varied() => template.Match<(int[], Indicator, Func<int, decimal, IndicatorScore>)>(
            parameter =>
            {
                // A scoring parameter is one indicator's (RuleParameters builds them per indicator).
                var indicator = parameter.Definition.Indicator.IfNone(() => throw new InvalidOperationException($"{parameter.Definition.Path} scores no indicator"));
                return (Enumerable.Range(0, unitTargets.Count).ToArray(), indicator,
                    (u, v) => { evaluations++; return Scorer.ScoreIndicator(parameter.Definition.Set(b.Rules, v), unitTargets[u], figures[u], indicator); });
            },
            _ => throw new InvalidOperationException("a policy has no value"),
            target =>
            {
                var indicator = Thresholds.IndicatorOf(target.Field);
                return (Enumerable.Range(0, unitTargets.Count).Where(u => target.Scope.Covers(unitTargets[u].Code, unitTargets[u].Kind)).ToArray(), indicator,
                    (u, v) => { evaluations++; return Scorer.ScoreIndicator(b.Rules, WithTarget(unitTargets[u], target, v), figures[u], indicator); });
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

        private UnitTargets WithTarget(UnitTargets u, Override.Target target, decimal v) =>
            ScenarioApplication.Apply(b, new Override.Target(new TargetScope.OneUnit(u.Code), target.Field, v))
                .Match(x => x.Table.Find(u.Code), ps => throw new InvalidOperationException($"{target.Field} = {v} failed inside its checked range: {ps.Head}"))
                .IfNone(() => throw new InvalidOperationException($"{u.Code} not in the table"));

        /// <summary>Every grid index in (lo, hi] where the (monotone) score changes, with the score from there on.</summary>
        private void Jumps(List<(long, int, IndicatorScore)> events, int u, Func<int, decimal, IndicatorScore> score, long lo, IndicatorScore atLo, long hi, IndicatorScore atHi)
        {
            if (atLo.Score == atHi.Score || evaluations > ThresholdQuestion.MaxEvaluations) return;
            if (hi == lo + 1)
            {
                events.Add((hi, u, atHi));
                return;
            }
            var mid = lo + (hi - lo) / 2;
            var atMid = score(u, V(mid));
            Jumps(events, u, score, lo, atLo, mid, atMid);
            Jumps(events, u, score, mid, atMid, hi, atHi);
        }

        /// <summary>Where the pass line or a quota changes the ranking: one step above each total; every quota up to the largest group's size.</summary>
        private List<long> RankingBreakpoints(ScoreCard[] cards)
        {
            var def = ((Override.Parameter)template).Definition;
            var points = new SortedSet<long>();
            if (def == RuleParameters.PassLine)
            {
                foreach (var c in cards)
                {
                    // Passes(t) ⇔ t ≥ line: the first grid value above t fails.
                    if (c.Total < domain.From) continue;
                    var n = (long)decimal.Floor((c.Total - domain.From) / domain.Grid) + 1;
                    if (n <= last) points.Add(n);
                }
            }
            else
            {
                var largest = Groups.Max(g => cards.Count(c => c.Group == g));
                for (long n = 1; n <= Math.Min(last, largest + 1 - (long)domain.From); n++) points.Add(n);
            }
            return points.ToList();
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
        /// Decides the condition on one piece. Conditions on qualification alone are counted (qualified ⇔ not disqualified
        /// and the total reaches the pass line, as <see cref="Ranker"/> grades), updated per changed card; the others rank
        /// with the kernel's <see cref="Ranker"/>.
        /// </summary>
        private sealed class Judge
        {
            private readonly Analysis a;
            private readonly int[] qualified = new int[Groups.Length];
            private readonly int[] unqualified = new int[Groups.Length];
            private RuleSet counted;

            public Judge(Analysis a, ScoreCard[] cards)
            {
                this.a = a;
                counted = a.b.Rules;
                Recount(cards, counted);
            }

            private void Recount(ScoreCard[] cards, RuleSet rules)
            {
                System.Array.Clear(qualified);
                System.Array.Clear(unqualified);
                counted = rules;
                foreach (var c in cards) Count(c, 1);
            }

            private void Count(ScoreCard c, int sign)
            {
                if (c.FundsMisused) return;
                if (counted.Passes(c.Total)) qualified[(int)c.Group] += sign;
                else unqualified[(int)c.Group] += sign;
            }

            public void Changed(ScoreCard old, ScoreCard now)
            {
                Count(old, -1);
                Count(now, 1);
            }

            public bool Holds(ScoreCard[] cards, RuleSet rules)
            {
                if (a.condition.CountsOnly && (rules.PassLine != counted.PassLine)) Recount(cards, rules);
                return a.condition.Match(
                    none => none.Group.Match(g => unqualified[(int)g] == 0, () => unqualified.Sum() == 0),
                    q => cards[a.index[q.Unit]] is var c && !c.FundsMisused && rules.Passes(c.Total),
                    c1 => Ranked(cards, rules, c1.Unit).Grade == Grade.Class1,
                    keeps => Ranked(cards, rules, keeps.Unit).Rank == a.baseStanding[keeps.Unit].Rank,
                    atLeast => atLeast.Group.Match(g => qualified[(int)g], () => qualified.Sum()) >= atLeast.Count,
                    _ => Groups.All(g => Ranker.Rank(rules, g, cards).Units.ForAll(u => u.Grade == a.baseStanding[u.Unit].Grade)));
            }

            private static RankedUnit Ranked(ScoreCard[] cards, RuleSet rules, UnitCode unit, AssessmentGroup group) =>
                Ranker.Rank(rules, group, cards).Units.Find(u => u.Unit == unit).IfNone(() => throw new InvalidOperationException($"{unit} not ranked"));

            private RankedUnit Ranked(ScoreCard[] cards, RuleSet rules, UnitCode unit) =>
                Ranked(cards, rules, unit, cards[a.index[unit]].Group);
        }
    }
}
