using System.Text;

namespace ScoringKernel.Core.Validation;

/// <summary>
/// Core's names for indicators and figure fields are their C# member names; the wire's are the same words in
/// snake_case (<c>VillageAssistance</c> ↔ <c>village_assistance</c>). The contracts tests check every such name
/// against the proto descriptors, so the two cannot drift apart.
/// </summary>
public static class ProtoNames
{
    public static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
