using Google.Protobuf.WellKnownTypes;
using LanguageExt;
using static LanguageExt.Prelude;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Round;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using ScoringKernel.Store;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Words;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application.Rounds;

/// <summary>The round's history: every event with who and when, and for each figure it changed, before → after.</summary>
public static class RoundHistory
{
    public static IEnumerable<P.RoundHistoryEntry> Entries(int year, IReadOnlyList<(StoredEvent Stored, RoundEvent Event)> events, Option<UnitCode> only, UnitNames names, Language language)
    {
        var state = RoundDecider.Initial;
        foreach (var (stored, e) in events)
        {
            var before = state;
            state = RoundDecider.Evolve(state, e);
            var unit = UnitOf(e, before);
            if (only.IsSome && unit.IsSome && unit != only) continue;
            var entry = new P.RoundHistoryEntry
            {
                Version = stored.Version,
                Event = RoundMapping.FromDomain(e),
                RecordedTime = Timestamp.FromDateTimeOffset(stored.RecordedAt),
                Summary = RoundEventWords.Summary(e, names, language),
            };
            entry.Changes.AddRange(Changes(e, before, language));
            yield return entry;
        }
    }

    private static Option<UnitCode> UnitOf(RoundEvent e, RoundState before) => e.Match(
        _ => Option<UnitCode>.None,
        self => self.Unit,
        department => department.Unit,
        recorded => recorded.Unit,
        withdrawn => before.Finding(withdrawn.Id).Map(f => f.Unit),
        _ => Option<UnitCode>.None,
        _ => Option<UnitCode>.None,
        _ => Option<UnitCode>.None,
        _ => Option<UnitCode>.None,
        _ => Option<UnitCode>.None);

    private static IEnumerable<P.FigureChange> Changes(RoundEvent e, RoundState before, Language language) => e.Match<IEnumerable<P.FigureChange>>(
        _ => [],
        self => SelfChanges(self.Unit, before.Unit(self.Unit).Bind(u => u.LatestSelfEvaluation).Map(v => v.Figures), self.Figures, language),
        department => DepartmentChanges(department.Unit,
            before.Unit(department.Unit).Bind(u => u.DepartmentHistory(department.Figures.Department).LastOrNone()).Map(v => v.Figures),
            department.Figures, language),
        recorded => [Change(recorded.Unit, recorded.Finding.Figure,
            before.Unit(recorded.Unit).Bind(u => u.LatestSelfEvaluation).Bind(v => recorded.Finding.Figure.Get(v.Figures)),
            Some(recorded.Finding.Value), RoundEventWords.FindingSource(recorded.Id, language), language, Some(recorded.Id))],
        withdrawn => before.Finding(withdrawn.Id).Match<IEnumerable<P.FigureChange>>(
            f => new[] { Change(f.Unit, f.Finding.Figure, Some(f.Finding.Value), Option<decimal>.None, RoundEventWords.FindingSource(f.Id, language), language, Some(f.Id)) },
            () => []),
        _ => [],
        _ => [],
        _ => [],
        _ => [],
        _ => []);

    private static IEnumerable<P.FigureChange> SelfChanges(UnitCode unit, Option<UnitFigures> was, UnitFigures now, Language language)
    {
        var source = RoundEventWords.SelfEvaluation(language);
        foreach (var d in FigureFields.All)
        {
            var figure = new FigureRef.OfUnit(d.Field);
            var after = figure.Get(now);
            var prior = was.Bind(figure.Get);
            if (prior != after) yield return Change(unit, figure, prior, after, source, language, None);
        }
        var villages = now.VillageAssistance.Villages.Map(v => v.Name)
            .Concat(was.Map(w => w.VillageAssistance.Villages.Map(v => v.Name)).IfNone(Seq<string>()))
            .Distinct();
        foreach (var name in villages)
            foreach (var field in System.Enum.GetValues<VillageField>())
            {
                var figure = new FigureRef.OfVillage(name, field);
                var after = figure.Get(now);
                var prior = was.Bind(figure.Get);
                if (prior != after) yield return Change(unit, figure, prior, after, source, language, None);
            }
    }

    private static IEnumerable<P.FigureChange> DepartmentChanges(UnitCode unit, Option<DepartmentFigures> was, DepartmentFigures now, Language language)
    {
        var source = Labels.Department(now.Department, language);
        var prior = was.Map(w => w.Figures).IfNone(Seq<FigureValue>());
        foreach (var figure in now.Figures.Map(v => v.Figure).Concat(prior.Map(v => v.Figure)).Distinct())
        {
            var after = now.Figures.Find(v => v.Figure == figure).Map(v => v.Value);
            var before = prior.Find(v => v.Figure == figure).Map(v => v.Value);
            if (before != after) yield return Change(unit, figure, before, after, source, language, None);
        }
    }

    private static P.FigureChange Change(UnitCode unit, FigureRef figure, Option<decimal> before, Option<decimal> after, string source, Language language, Option<FindingId> finding) => new()
    {
        UnitCode = unit.Value,
        Path = Words.FigureKeys.Path(figure),
        Label = Words.Labels.FigureRef(figure),
        Before = before.Map(DecimalParsing.Format).IfNone(""),
        After = after.Map(DecimalParsing.Format).IfNone(""),
        Source = source,
        BeforeDisplay = before.Map(v => Labels.FigureRefValue(figure, v, language)).IfNone(""),
        AfterDisplay = after.Map(v => Labels.FigureRefValue(figure, v, language)).IfNone(""),
        FindingId = finding.Map(f => f.Value).IfNone(""),
    };
}
