using System.Text.RegularExpressions;
using Xunit;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Contracts.Tests.Rooms;

/// <summary>
/// Core speaks in the domain's terms: no string literal in its sources is a proto field name or path of the contract
/// (places are typed steps; the wire's paths are rendered in ScoringKernel.Wire from the descriptors).
/// </summary>
public partial class CoreSpeaksNoWireTests
{
    /// <summary>
    /// The one exception: Attachment 2's CSV, a file format whose header names its columns as the proto does (it is the
    /// format of specs/targets-2015.csv, which Core embeds).
    /// </summary>
    private static readonly string[] Exempt = ["TargetTableCsv.cs"];

    [Fact]
    public void No_string_literal_in_Core_is_a_proto_field_name_or_path()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in ContractMessages.All)
            foreach (var field in message.Fields.InDeclarationOrder())
                if (field.Name.Contains('_')) names.Add(field.Name);
        Assert.Contains("own_budget_wan", names);

        var core = RepoRoot.Of("src", "ScoringKernel.Core");
        var found = new List<string>();
        foreach (var path in Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories).Where(p => !p.Contains("/obj/") && !p.Contains("/bin/")))
        {
            if (Exempt.Contains(Path.GetFileName(path))) continue;
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
                foreach (Match literal in Literal().Matches(lines[i]))
                {
                    var text = literal.Groups[1].Value;
                    // A path (dotted or indexed) through proto names; a single key such as a rule parameter's or a
                    // component's ("pass_line") is the catalog's own vocabulary, which the wire carries as data.
                    var parts = text.Split('.', '[', ']', '{', '}').Where(p => p.Length > 0).ToList();
                    var isPath = text.Contains('.') || text.Contains('[');
                    if (isPath && parts.Any(names.Contains) || text.Contains("units[") || text.Contains(".unit_code") || text.EndsWith("_wan", StringComparison.Ordinal) && names.Contains(text))
                        found.Add($"{Path.GetRelativePath(core, path)}:{i + 1}: \"{text}\"");
                }
            }
        }
        Assert.True(found.Count == 0, "proto names in Core:\n" + string.Join("\n", found));
    }


    [GeneratedRegex("\\$?@?\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Literal();
}
