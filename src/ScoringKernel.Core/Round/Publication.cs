using LanguageExt;

namespace ScoringKernel.Core.Round;

/// <summary>
/// The notice (考核情况通报) published of the approved evaluation with this digest, under its document number (文号) and
/// date of issue (印发日期): empty and none for a notice published before the round kept them.
/// </summary>
public sealed record Publication(string EvaluationDigest, string NoticeNumber, Option<DateOnly> IssuedOn, Actor PublishedBy, DateTimeOffset PublishedAt);
