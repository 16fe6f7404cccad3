namespace ScoringKernel.Wire.Json;

/// <summary>How <see cref="ProtoJsonReader"/> reads.</summary>
/// <param name="IgnoreUnknownFields">Skip names the message does not have instead of refusing them (forward compatibility; off by default: an unknown name is usually a misspelling, and skipping it loses data).</param>
/// <param name="RecordPositions">Keep the line and column of every field, so later problems (the domain's) can be located in the file.</param>
/// <param name="MaxStringBytes">The longest string value accepted (in UTF-8 bytes); a longer one is refused at its field as too large.</param>
public sealed record JsonReading(bool IgnoreUnknownFields = false, bool RecordPositions = false, int MaxStringBytes = int.MaxValue)
{
    public static readonly JsonReading Strict = new();
}
