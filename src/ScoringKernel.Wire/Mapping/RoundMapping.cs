using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Round;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Wire.Mapping;

/// <summary>
/// The year's round between the wire and the domain: its events (the store's payloads are <see cref="P.RoundEvent"/> as
/// proto3 JSON), and the sources of an evaluation as an <see cref="P.UnitSubmission"/>.
/// </summary>
public static class RoundMapping
{
    /// <summary>The store's event type of each event: the name of its case.</summary>
    public static string TypeOf(RoundEvent e) => e.Match(
        _ => "RoundOpened", _ => "SelfEvaluationSubmitted", _ => "DepartmentFiguresSubmitted", _ => "FindingRecorded",
        _ => "FindingWithdrawn", _ => "EvaluationApproved", _ => "RoundReopened", _ => "NoticePublished", _ => "SubmissionsClosed", _ => "SubmissionsReopened");

    public static P.RoundMark Mark(Actor actor, DateTimeOffset at) => new() { Actor = actor.Id, Time = Timestamp.FromDateTimeOffset(at) };

    public static P.RoundEvent FromDomain(RoundEvent e)
    {
        var wire = new P.RoundEvent { Mark = Mark(e.Actor, e.At) };
        e.Match<Unit>(
            opened =>
            {
                var o = new P.RoundOpenedEvent
                {
                    Year = opened.Year,
                    RuleSet = new P.RoundRuleSet { Id = opened.RuleSet.Id, Version = opened.RuleSet.Version, Digest = opened.RuleSet.Digest },
                    TargetTableDigest = opened.TargetTableDigest,
                };
                o.UnitCodes.AddRange(opened.Units.Map(u => u.Value));
                wire.Opened = o;
                return unit;
            },
            self => { wire.SelfEvaluationSubmitted = new P.SelfEvaluationSubmittedEvent { UnitCode = self.Unit.Value, Version = self.Version, Figures = FiguresMapping.FromDomain(self.Figures) }; return unit; },
            department => { wire.DepartmentFiguresSubmitted = new P.DepartmentFiguresSubmittedEvent { UnitCode = department.Unit.Value, Version = department.Version, Figures = FromDomain(department.Figures) }; return unit; },
            recorded => { wire.FindingRecorded = new P.FindingRecordedEvent { FindingId = recorded.Id.Value, UnitCode = recorded.Unit.Value, Finding = FromDomain(recorded.Finding), Inspector = recorded.Inspector }; return unit; },
            withdrawn => { wire.FindingWithdrawn = new P.FindingWithdrawnEvent { FindingId = withdrawn.Id.Value, Reason = withdrawn.Reason }; return unit; },
            approved => { wire.EvaluationApproved = new P.EvaluationApprovedEvent { EvaluationDigest = approved.EvaluationDigest }; return unit; },
            reopened => { wire.Reopened = new P.RoundReopenedEvent { Reason = reopened.Reason }; return unit; },
            published =>
            {
                wire.NoticePublished = new P.NoticePublishedEvent { EvaluationDigest = published.EvaluationDigest, NoticeNumber = published.NoticeNumber, IssuedOn = Date(published.IssuedOn) };
                return unit;
            },
            closed => { wire.SubmissionsClosed = new P.SubmissionsClosedEvent { Reason = closed.Reason }; return unit; },
            reopened => { wire.SubmissionsReopened = new P.SubmissionsReopenedEvent { Reason = reopened.Reason }; return unit; });
        return wire;
    }

    /// <summary>An event as stored or exported, back to the domain; what cannot be read is a problem at its field.</summary>
    public static Validation<Problem, RoundEvent> ToDomain(P.RoundEvent? e)
    {
        if (e is null) return Valid.Fail<RoundEvent>(Place.Whole, new ValueReason.Required());
        if (e.Mark is null || e.Mark.Time is null || string.IsNullOrEmpty(e.Mark.Actor))
            return Valid.Fail<RoundEvent>(new Step.Wire("mark"), new ValueReason.Required());
        var actor = new Actor(e.Mark.Actor);
        var at = e.Mark.Time.ToDateTimeOffset();
        Validation<Problem, UnitCode> Code(string code, string field) => UnitCode.Create(new Step.Wire(field), code);
        return e.EventCase switch
        {
            P.RoundEvent.EventOneofCase.Opened =>
                Valid.Each(i => new Step.Element(i), e.Opened.UnitCodes, c => UnitCode.Create(new Step.Wire(""), c)).Under(new Step.Wire("unit_codes")).Under(new Step.Wire("opened"))
                    .Map(units => (RoundEvent)new RoundEvent.RoundOpened(
                        e.Opened.Year,
                        new RuleSetRef(e.Opened.RuleSet?.Id ?? "", e.Opened.RuleSet?.Version ?? "", e.Opened.RuleSet?.Digest ?? ""),
                        e.Opened.TargetTableDigest, units, actor, at)),
            P.RoundEvent.EventOneofCase.SelfEvaluationSubmitted =>
                (Code(e.SelfEvaluationSubmitted.UnitCode, "unit_code"), FiguresMapping.ToDomain(e.SelfEvaluationSubmitted.Figures).Under(new Step.Wire("figures")))
                    .Apply((u, f) => (RoundEvent)new RoundEvent.SelfEvaluationSubmitted(u, e.SelfEvaluationSubmitted.Version, f, actor, at))
                    .Under(new Step.Wire("self_evaluation_submitted")),
            P.RoundEvent.EventOneofCase.DepartmentFiguresSubmitted =>
                (Code(e.DepartmentFiguresSubmitted.UnitCode, "unit_code"),
                 e.DepartmentFiguresSubmitted.Figures is null ? Valid.Fail<DepartmentFigures>(new Step.Wire("figures"), new ValueReason.Required())
                    : EvaluationMapping.Department(e.DepartmentFiguresSubmitted.Figures).Under(new Step.Wire("figures")))
                    .Apply((u, d) => (RoundEvent)new RoundEvent.DepartmentFiguresSubmitted(u, e.DepartmentFiguresSubmitted.Version, d, actor, at))
                    .Under(new Step.Wire("department_figures_submitted")),
            P.RoundEvent.EventOneofCase.FindingRecorded =>
                (Code(e.FindingRecorded.UnitCode, "unit_code"),
                 e.FindingRecorded.Finding is null ? Valid.Fail<Finding>(new Step.Wire("finding"), new ValueReason.Required())
                    : EvaluationMapping.Finding(e.FindingRecorded.Finding).Under(new Step.Wire("finding")))
                    .Apply((u, f) => (RoundEvent)new RoundEvent.FindingRecorded(new FindingId(e.FindingRecorded.FindingId), u, f, e.FindingRecorded.Inspector, actor, at))
                    .Under(new Step.Wire("finding_recorded")),
            P.RoundEvent.EventOneofCase.FindingWithdrawn =>
                Valid.Ok<RoundEvent>(new RoundEvent.FindingWithdrawn(new FindingId(e.FindingWithdrawn.FindingId), e.FindingWithdrawn.Reason, actor, at)),
            P.RoundEvent.EventOneofCase.EvaluationApproved =>
                Valid.Ok<RoundEvent>(new RoundEvent.EvaluationApproved(e.EvaluationApproved.EvaluationDigest, actor, at)),
            P.RoundEvent.EventOneofCase.Reopened =>
                Valid.Ok<RoundEvent>(new RoundEvent.RoundReopened(e.Reopened.Reason, actor, at)),
            P.RoundEvent.EventOneofCase.NoticePublished =>
                IssuedOn(e.NoticePublished.IssuedOn).Under(new Step.Wire("issued_on")).Under(new Step.Wire("notice_published"))
                    .Map(d => (RoundEvent)new RoundEvent.NoticePublished(e.NoticePublished.EvaluationDigest, e.NoticePublished.NoticeNumber, d, actor, at)),
            P.RoundEvent.EventOneofCase.SubmissionsClosed =>
                Valid.Ok<RoundEvent>(new RoundEvent.SubmissionsClosed(e.SubmissionsClosed.Reason, actor, at)),
            P.RoundEvent.EventOneofCase.SubmissionsReopened =>
                Valid.Ok<RoundEvent>(new RoundEvent.SubmissionsReopened(e.SubmissionsReopened.Reason, actor, at)),
            P.RoundEvent.EventOneofCase.None => Valid.Fail<RoundEvent>(Place.Whole, new WireReason.OneOfMissing("opened, self_evaluation_submitted, department_figures_submitted, finding_recorded, finding_withdrawn, evaluation_approved, reopened, notice_published, submissions_closed, submissions_reopened")),
            _ => Valid.Fail<RoundEvent>(Place.Whole, new WireReason.OneOfMissing(e.EventCase.ToString())),
        };
    }

    /// <summary>A date of issue (印发日期) as the wire writes it: YYYY-MM-DD, or empty for none.</summary>
    public static string Date(Option<DateOnly> date) => date.Map(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).IfNone("");

    /// <summary>A date of issue from the wire: empty is none; anything else is YYYY-MM-DD.</summary>
    public static Validation<Problem, Option<DateOnly>> IssuedOn(string text) =>
        text.Length == 0 ? Valid.Ok(Option<DateOnly>.None)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Valid.Ok(Some(d))
        : Valid.Fail<Option<DateOnly>>(Place.Whole, new RoundReason.IssuedOnInvalid(text));

    public static P.DepartmentFigures FromDomain(DepartmentFigures d)
    {
        var wire = new P.DepartmentFigures { Department = EnumMapping.FromDomain(d.Department) };
        wire.Figures.AddRange(d.Figures.Map(v => new P.FigureValue { Figure = EvaluationMapping.FromDomain(v.Figure), Value = DecimalParsing.Format(v.Value) }));
        return wire;
    }

    public static P.Finding FromDomain(Finding f) => new()
    {
        Figure = EvaluationMapping.FromDomain(f.Figure),
        Value = DecimalParsing.Format(f.Value),
        Check = EnumMapping.FromDomain(f.Check),
        Date = f.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Note = f.Note,
    };

    /// <summary>A unit's sources as an evaluation request carries them.</summary>
    public static P.UnitSubmission FromDomain(UnitSubmission s)
    {
        var wire = new P.UnitSubmission { SelfEvaluation = FiguresMapping.FromDomain(s.SelfEvaluation) };
        wire.Departments.AddRange(s.Departments.Map(FromDomain));
        wire.Findings.AddRange(s.Findings.Map(FromDomain));
        return wire;
    }
}
