using System.Text.RegularExpressions;
using Google.Protobuf.Reflection;

namespace ScoringKernel.Contracts.Tests.WireNames;

/// <summary>Resolves a problem's field path (<c>units[3].village_assistance.villages[2].name</c>) against proto descriptors.</summary>
public static partial class DescriptorPaths
{
    /// <summary>Null when every segment names a field of the message it is read in; else what went wrong.</summary>
    public static string? Unresolved(MessageDescriptor root, string path)
    {
        if (path.Length == 0) return null;
        var message = root;
        FieldDescriptor? field = null;
        foreach (var segment in path.Split('.'))
        {
            if (message is null) return $"'{segment}' follows {field!.Name}, which is not a message";
            var m = Segment().Match(segment);
            if (!m.Success) return $"'{segment}' is not a field name with optional [index]";
            field = message.FindFieldByName(m.Groups["name"].Value);
            if (field is null) return $"{message.FullName} has no field '{m.Groups["name"].Value}'";
            if (m.Groups["index"].Success && !field.IsRepeated) return $"{message.FullName}.{field.Name} is not repeated but is indexed";
            message = field.FieldType == FieldType.Message ? field.MessageType : null;
        }
        return null;
    }

    [GeneratedRegex(@"^(?<name>[a-z][a-z0-9_]*)(?<index>\[\d+\])?$")]
    private static partial Regex Segment();
}
