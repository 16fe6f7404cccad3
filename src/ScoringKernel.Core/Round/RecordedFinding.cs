using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Round;

/// <summary>Why, by whom and when a finding was withdrawn.</summary>
public sealed record FindingWithdrawal(string Reason, Actor WithdrawnBy, DateTimeOffset WithdrawnAt);

/// <summary>A finding as the round holds it: the inspector who found it, who recorded it and when, and its withdrawal if any.</summary>
public sealed record RecordedFinding(
    FindingId Id,
    UnitCode Unit,
    Finding Finding,
    string Inspector,
    Actor RecordedBy,
    DateTimeOffset RecordedAt,
    Option<FindingWithdrawal> Withdrawal)
{
    public bool IsActive => Withdrawal.IsNone;
}
