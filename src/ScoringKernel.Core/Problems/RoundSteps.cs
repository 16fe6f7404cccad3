namespace ScoringKernel.Core.Problems;

/// <summary>The round's request fields as steps of a place, one instance each (<see cref="Step.RoundPart"/>).</summary>
public static class RoundSteps
{
    public static readonly Step Year = new Step.RoundPart(RoundItem.Year);
    public static readonly Step Etag = new Step.RoundPart(RoundItem.Etag);
    public static readonly Step UnitCode = new Step.RoundPart(RoundItem.UnitCode);
    public static readonly Step Figures = new Step.RoundPart(RoundItem.Figures);
    public static readonly Step UpdateMask = new Step.RoundPart(RoundItem.UpdateMask);
    public static readonly Step UpdateMaskPaths = new Step.RoundPart(RoundItem.UpdateMaskPaths);
    public static readonly Step Finding = new Step.RoundPart(RoundItem.Finding);
    public static readonly Step FindingId = new Step.RoundPart(RoundItem.FindingId);
    public static readonly Step Inspector = new Step.RoundPart(RoundItem.Inspector);
    public static readonly Step Reason = new Step.RoundPart(RoundItem.Reason);
    public static readonly Step EvaluationDigest = new Step.RoundPart(RoundItem.EvaluationDigest);
    public static readonly Step NoticeNumber = new Step.RoundPart(RoundItem.NoticeNumber);
    public static readonly Step IssuedOn = new Step.RoundPart(RoundItem.IssuedOn);
    public static readonly Step FiguresWorkbook = new Step.RoundPart(RoundItem.FiguresWorkbook);
    public static readonly Step Evaluation = new Step.RoundPart(RoundItem.Evaluation);
    public static readonly Step RoundExport = new Step.RoundPart(RoundItem.RoundExport);
    public static readonly Step ExportEvents = new Step.RoundPart(RoundItem.ExportEvents);
    public static readonly Step ExportChain = new Step.RoundPart(RoundItem.ExportChain);
    public static readonly Step ExportSignature = new Step.RoundPart(RoundItem.ExportSignature);
}
