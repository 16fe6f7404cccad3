namespace ScoringKernel.Core.Problems;

/// <summary>The reasons that say a request is too large to take (RESOURCE_EXHAUSTED, HTTP 413) rather than wrong (INVALID_ARGUMENT).</summary>
public static class SizeLimit
{
    public static bool Is(Reason reason) => IsCode(reason.Code);

    /// <summary>Whether the reason of this wire code (an ErrorInfo's reason) is a size limit.</summary>
    public static bool IsCode(string code) =>
        code is WireReason.BodyTooLarge.WireCode or WireReason.MessageTooLarge.WireCode or WorkbookReason.TooLarge.WireCode
        or JsonReason.StringTooLong.WireCode;
}
