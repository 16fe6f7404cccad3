using System.Text;
using System.Text.Json;

namespace ScoringKernel.Store;

/// <summary>
/// What the store refuses before it reaches a database, the same way on both: empty names, text that UTF-8 cannot
/// carry unchanged (a lone surrogate, which SQLite would quietly replace and PostgreSQL refuse) or NUL (which
/// PostgreSQL's text refuses), and a payload that is not JSON. These are the caller's mistakes, so they throw.
/// </summary>
internal static class EventText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void CheckName(string value, string what)
    {
        ArgumentNullException.ThrowIfNull(value, what);
        if (value.Length == 0) throw new ArgumentException($"{what} is empty", what);
        CheckText(value, what);
    }

    public static void CheckEvent(NewEvent e, string where)
    {
        ArgumentNullException.ThrowIfNull(e, where);
        CheckName(e.Type, $"{where}.Type");
        CheckName(e.Actor, $"{where}.Actor");
        ArgumentNullException.ThrowIfNull(e.Payload, $"{where}.Payload");
        CheckText(e.Payload, $"{where}.Payload");
        try
        {
            using var _ = JsonDocument.Parse(e.Payload);
        }
        catch (JsonException x)
        {
            throw new ArgumentException($"{where}.Payload is not JSON: {x.Message}", $"{where}.Payload", x);
        }
    }

    private static void CheckText(string value, string what)
    {
        if (value.Contains('\0')) throw new ArgumentException($"{what} contains NUL", what);
        try
        {
            Strict.GetByteCount(value);
        }
        catch (EncoderFallbackException x)
        {
            throw new ArgumentException($"{what} is not well-formed Unicode (a lone surrogate)", what, x);
        }
    }
}
