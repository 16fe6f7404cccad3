using System.CommandLine;
using Google.Protobuf;
using ScoringKernel.Cli.Input;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Commands;

/// <summary>
/// <c>scoring verify REQUEST RESULT</c>: recomputes a stored Assess result from its request and says whether it
/// holds: the request's inputs must digest to the result's stamp, and recomputing must give the same result.
/// Exit 0 when it holds, 1 when it does not, 2 for unreadable input.
/// </summary>
public static class VerifyCommand
{
    public static Command Build(CliServices s)
    {
        var request = new Argument<string>("REQUEST") { Description = "The proto3 JSON of the AssessRequest the result claims to come from." };
        var result = new Argument<string>("RESULT") { Description = "The stored result: proto3 JSON of an AssessResponse (as 'scoring assess --format json' writes it)." };
        var command = new Command("verify", "Recompute a stored result and say whether it holds.") { request, result };
        command.SetAction(r =>
        {
            var (assessRequest, requestSource) = Requests.Assess(r.GetValue(request)!, null, null, s.Language);
            var stored = InputSource.Read<P.AssessResponse>(r.GetValue(result)!, s.Language).Message;
            if (stored.Stamp is null || stored.Assessment is null)
                throw CliFailure.Invalid($"{r.GetValue(result)}: no stamp or assessment: not a stored Assess result");
            var fresh = s.Scoring.Assess(assessRequest, s.Language).OrFail(requestSource, s.Language);
            var o = s.Terminal.Out;
            if (fresh.Stamp.InputSha256 != stored.Stamp.InputSha256)
            {
                o.WriteLine($"does not hold: the request's inputs digest to {fresh.Stamp.InputSha256}, the result was computed from inputs digesting to {stored.Stamp.InputSha256}");
                return 1;
            }
            if (!fresh.Equals(stored))
            {
                o.WriteLine($"does not hold: the inputs match (sha256 {fresh.Stamp.InputSha256}) but recomputing gives a different result: {FirstDifference(fresh, stored)}");
                return 1;
            }
            o.WriteLine($"holds: {fresh.Stamp.RuleSetId} v{fresh.Stamp.RuleSetVersion}, kernel {fresh.Stamp.KernelVersion}, inputs sha256 {fresh.Stamp.InputSha256}");
            return 0;
        });
        return command;
    }

    private static string FirstDifference(P.AssessResponse fresh, P.AssessResponse stored)
    {
        if (!fresh.Stamp.Equals(stored.Stamp)) return $"stamp {stored.Stamp} where {fresh.Stamp} is recomputed";
        foreach (var card in fresh.Assessment.ScoreCards)
        {
            var other = stored.Assessment.ScoreCards.FirstOrDefault(c => c.UnitCode == card.UnitCode);
            if (other is null) return $"unit {card.UnitCode} is missing from the stored result";
            if (card.Total != other.Total) return $"{card.Name} ({card.UnitCode}) total {other.Total} stored, {card.Total} recomputed";
            if (!card.Equals(other)) return $"{card.Name} ({card.UnitCode}) score card differs";
        }
        for (var g = 0; g < fresh.Assessment.Groups.Count; g++)
            if (g >= stored.Assessment.Groups.Count || !fresh.Assessment.Groups[g].Equals(stored.Assessment.Groups[g]))
                return $"the ranking of group {fresh.Assessment.Groups[g].Group} differs";
        return "a field outside the score cards and rankings differs";
    }
}
