using System.Collections.Concurrent;
using System.Linq.Expressions;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace ScoringKernel.Wire.Json;

/// <summary>
/// What the reader needs of a message type, worked out once per type: its fields by both spellings proto3 JSON
/// allows (lowerCamel and the original name), the names to suggest, and a factory for new instances.
/// </summary>
internal sealed class MessageShape
{
    private static readonly ConcurrentDictionary<MessageDescriptor, MessageShape> Shapes = new();

    public MessageDescriptor Descriptor { get; }
    public Func<IMessage> Create { get; }
    public IReadOnlyList<FieldDescriptor> Fields { get; }
    /// <summary>The order in which proto3 JSON writers emit fields.</summary>
    public IReadOnlyList<FieldDescriptor> InNumberOrder { get; }
    private readonly Dictionary<string, int> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    private MessageShape(MessageDescriptor descriptor)
    {
        Descriptor = descriptor;
        Create = Expression.Lambda<Func<IMessage>>(Expression.New(descriptor.ClrType)).Compile();
        Fields = descriptor.Fields.InDeclarationOrder().ToList();
        InNumberOrder = descriptor.Fields.InFieldNumberOrder().ToList();
        for (var i = 0; i < Fields.Count; i++)
        {
            byName[Fields[i].JsonName] = i;
            byName.TryAdd(Fields[i].Name, i);
        }
        bySpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static MessageShape Of(MessageDescriptor descriptor) => Shapes.GetOrAdd(descriptor, d => new MessageShape(d));

    /// <summary>The field's index in declaration order, or -1.</summary>
    public int IndexOf(string jsonName) => byName.TryGetValue(jsonName, out var i) ? i : -1;

    public int IndexOf(ReadOnlySpan<char> jsonName) => bySpan.TryGetValue(jsonName, out var i) ? i : -1;

    public IEnumerable<string> JsonNames => Fields.Select(f => f.JsonName);
}
