using System.Text;
using ScoringKernel.Core.Problems;

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

    /// <summary>The path as the steps of a problem's place: a wire name for each field, an element for each index.</summary>
    public List<Step> Steps()
    {
        var steps = new List<Step>(segments.Count + 2);
        foreach (var (name, index) in segments) steps.Add(name is null ? new Step.Element(index) : new Step.Wire(name));
        return steps;
    }

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
