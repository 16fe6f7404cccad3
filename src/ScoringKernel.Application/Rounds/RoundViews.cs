using LanguageExt;
using ScoringKernel.Core.Round;
using ScoringKernel.Core.Units;
using ScoringKernel.Wire.Mapping;
using P = ScoringKernel.Contracts.V1;
using static ScoringKernel.Application.Rounds.RoundLog;

namespace ScoringKernel.Application.Rounds;

/// <summary>The round as the wire shows it: the round, a unit's self-evaluation, a department's figures, a finding, each with its etag.</summary>
public sealed class RoundViews(ScoringApi scoring)
{
    /// <summary>The units' names, from the default rule set's target table.</summary>
    public Words.UnitNames UnitNames() => Words.UnitNames.Of(scoring.Catalog.Find(null).Map(e => e.Targets).IfNone(() => throw new InvalidOperationException("no rule set")));

    public P.Round Round(LoadedRound loaded)
    {
        var s = loaded.State;
        var names = UnitNames();
        var round = new P.Round
        {
            Name = RoundNames.Round(loaded.Year),
            Etag = Etag(loaded.Version),
            Year = loaded.Year,
            ChainHead = loaded.Head,
            Status = s.Status switch
            {
                RoundStatus.Open => P.RoundStatus.Open,
                RoundStatus.Approved => P.RoundStatus.Approved,
                RoundStatus.Published => P.RoundStatus.Published,
                RoundStatus.Closed => P.RoundStatus.Closed,
                RoundStatus.NotOpen => P.RoundStatus.Unspecified,
            },
        };
        s.Opening.IfSome(o =>
        {
            round.RuleSet = new P.RoundRuleSet { Id = o.RuleSet.Id, Version = o.RuleSet.Version, Digest = o.RuleSet.Digest };
            round.TargetTableDigest = o.TargetTableDigest;
            round.Opened = RoundMapping.Mark(o.OpenedBy, o.OpenedAt);
        });
        var active = s.ActiveFindings;
        foreach (var u in s.Units)
        {
            var unit = new P.RoundUnit
            {
                UnitCode = u.Unit.Value,
                UnitName = names.Name(u.Unit),
                SelfEvaluation = SelfEvaluation(loaded, u),
                Findings = active.Count(f => f.Unit == u.Unit),
            };
            foreach (var (_, history) in u.Departments)
                unit.Departments.Add(Department(loaded, u.Unit, history));
            if (u.SelfEvaluations.IsEmpty) unit.Missing.Add("selfEvaluation");
            foreach (var d in Enum.GetValues<Core.Attachment1.Department>())
                if (u.Departments.Find(d).IsNone) unit.Missing.Add($"departments/{EnumMapping.FromDomain(d).WireName()}");
            round.Units.Add(unit);
        }
        round.Findings.AddRange(s.Findings.Map(f => Finding(loaded, f)));
        s.Approval.IfSome(a => round.Approval = new P.RoundApproval { EvaluationDigest = a.EvaluationDigest, Approved = RoundMapping.Mark(a.ApprovedBy, a.ApprovedAt), ChainHead = loaded.ApprovalHead });
        s.Publication.IfSome(p => round.Publication = new P.RoundApproval
        {
            EvaluationDigest = p.EvaluationDigest, Approved = RoundMapping.Mark(p.PublishedBy, p.PublishedAt), ChainHead = loaded.PublicationHead,
            NoticeNumber = p.NoticeNumber, IssuedOn = RoundMapping.Date(p.IssuedOn),
        });
        s.SubmissionsClosing.IfSome(c => round.SubmissionsClosing = new P.RoundSubmissionsClosing { Reason = c.Reason, Closed = RoundMapping.Mark(c.ClosedBy, c.ClosedAt) });
        round.Reopenings.AddRange(s.Reopenings.Map(r => new P.RoundReopening { SetAsideDigest = r.SetAside.EvaluationDigest, Reason = r.Reason, Reopened = RoundMapping.Mark(r.ReopenedBy, r.ReopenedAt) }));
        round.MissingSelfEvaluations.AddRange(RoundSources.Missing(s).Map(u => u.Value));
        return round;
    }

    /// <summary>The unit's self-evaluation now and every version of it, the latest with its etag.</summary>
    public static P.GetSelfEvaluationResponse SelfEvaluations(LoadedRound loaded, UnitSources sources)
    {
        var response = new P.GetSelfEvaluationResponse { SelfEvaluation = SelfEvaluation(loaded, sources) };
        var i = 0;
        foreach (var v in sources.SelfEvaluations)
            response.Versions.Add(SelfVersion(loaded, sources.Unit, v, ++i == sources.SelfEvaluations.Count ? loaded.VersionOf(RoundNames.SelfEvaluation(loaded.Year, sources.Unit)) : 0));
        return response;
    }

    public static P.SelfEvaluation SelfEvaluation(LoadedRound loaded, UnitSources u) =>
        u.LatestSelfEvaluation.Match(
            v => SelfVersion(loaded, u.Unit, v, loaded.VersionOf(RoundNames.SelfEvaluation(loaded.Year, u.Unit))),
            () => new P.SelfEvaluation { Name = RoundNames.SelfEvaluation(loaded.Year, u.Unit), Etag = Etag(0) });

    private static P.SelfEvaluation SelfVersion(LoadedRound loaded, UnitCode unit, SelfEvaluationVersion v, long etag) => new()
    {
        Name = RoundNames.SelfEvaluation(loaded.Year, unit),
        Etag = etag == 0 ? "" : Etag(etag),
        Version = v.Version,
        Figures = FiguresMapping.FromDomain(v.Figures),
        Submitted = RoundMapping.Mark(v.SubmittedBy, v.SubmittedAt),
    };

    public static P.DepartmentSubmission Department(LoadedRound loaded, UnitCode unit, Seq<DepartmentFiguresVersion> history) =>
        history.LastOrNone().Match(
            v => new P.DepartmentSubmission
            {
                Name = RoundNames.Department(loaded.Year, unit, v.Figures.Department),
                Etag = Etag(loaded.VersionOf(RoundNames.Department(loaded.Year, unit, v.Figures.Department))),
                Version = v.Version,
                Figures = RoundMapping.FromDomain(v.Figures),
                Submitted = RoundMapping.Mark(v.SubmittedBy, v.SubmittedAt),
            },
            () => new P.DepartmentSubmission());

    public static P.RoundFinding Finding(LoadedRound loaded, RecordedFinding f)
    {
        var wire = new P.RoundFinding
        {
            Name = RoundNames.Finding(loaded.Year, f.Id),
            Etag = Etag(loaded.VersionOf(RoundNames.Finding(loaded.Year, f.Id))),
            FindingId = f.Id.Value,
            UnitCode = f.Unit.Value,
            Finding = RoundMapping.FromDomain(f.Finding),
            Inspector = f.Inspector,
            Recorded = RoundMapping.Mark(f.RecordedBy, f.RecordedAt),
            Withdrawn = f.Withdrawal.IsSome,
        };
        f.Withdrawal.IfSome(w =>
        {
            wire.WithdrawalReason = w.Reason;
            wire.Withdrawal = RoundMapping.Mark(w.WithdrawnBy, w.WithdrawnAt);
        });
        return wire;
    }
}
