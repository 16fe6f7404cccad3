using System.Text;

namespace ScoringKernel.Wire.Json;

/// <summary>Line and column (from 1; columns in characters, not bytes) of byte offsets in a UTF-8 text.</summary>
internal sealed class TextPositions(ReadOnlyMemory<byte> utf8)
{
    private List<int>? starts;

    public (int Line, int Column) At(long offset)
    {
        var bytes = utf8.Span;
        offset = Math.Clamp(offset, 0, bytes.Length);
        starts ??= LineStarts(bytes);
        var index = starts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, Encoding.UTF8.GetCharCount(bytes.Slice(starts[line], (int)offset - starts[line])) + 1);
    }

    private static List<int> LineStarts(ReadOnlySpan<byte> bytes)
    {
        var list = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') list.Add(i + 1);
        return list;
    }
}
