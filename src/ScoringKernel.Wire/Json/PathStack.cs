using System.Text;

namespace ScoringKernel.Wire.Json;

/// <summary>
/// Where the reader is, as proto field names and array indexes (<c>units[0].village_income.income_yuan</c>), kept as
/// a stack of segments: its text is built only when a problem or a recorded position needs it, not for every field read.
/// </summary>
internal sealed class PathStack
{
    private readonly List<(string? Name, int Index)> segments = [];

    public bool IsEmpty => segments.Count == 0;

    public void Push(string name) => segments.Add((name, 0));

    public void Push(int index) => segments.Add((null, index));

    public void Pop() => segments.RemoveAt(segments.Count - 1);

    /// <summary>The path with one more name, without pushing it.</summary>
    public string With(string name) => IsEmpty ? name : $"{this}.{name}";

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (name, index) in segments)
        {
            if (name is null) text.Append('[').Append(index).Append(']');
            else
            {
                if (text.Length > 0) text.Append('.');
                text.Append(name);
            }
        }
        return text.ToString();
    }
}
