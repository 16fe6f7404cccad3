using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace ScoringKernel.Contracts.Tests.Json;

/// <summary>
/// Random messages of any type, built from its descriptor: some fields left out, at most one member of each oneof,
/// repeated fields of a few elements, nesting bounded, values from pools that hold the edges (int32's limits, empty
/// and Chinese strings, quotes and control characters, enum numbers the contract does not name, bytes).
/// </summary>
public static class RandomMessages
{
    private const int MaxDepth = 5;

    private static readonly string[] Strings = ["", "430423", "常宁市", "3680", "17.5", "-0.25", "a\"b\\c/d", "\u0001\t\n", "x y", "𝄞", "WHOLE_UNITS", "2015-12-20"];

    private static readonly int[] Ints = [0, 1, -1, 5, 845, int.MaxValue, int.MinValue, 2015];

    public static IMessage Of(MessageDescriptor type, Random random) => Message(type, random, 0);

    /// <summary>How many oneofs (not proto3 optionals) are set anywhere in <paramref name="message"/>.</summary>
    public static int OneofsSet(IMessage message)
    {
        var count = 0;
        foreach (var oneof in message.Descriptor.Oneofs)
            if (!oneof.IsSynthetic && oneof.Accessor.GetCaseFieldDescriptor(message) is not null) count++;
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
            if (field.FieldType == FieldType.Message)
            {
                if (field.IsRepeated) foreach (IMessage child in (IList)field.Accessor.GetValue(message)) count += OneofsSet(child);
                else if (field.Accessor.GetValue(message) is IMessage child) count += OneofsSet(child);
            }
        return count;
    }

    private static IMessage Message(MessageDescriptor type, Random random, int depth)
    {
        var message = (IMessage)Activator.CreateInstance(type.ClrType)!;
        var chosen = new HashSet<string>();
        foreach (var field in type.Fields.InDeclarationOrder())
        {
            if (field.IsMap || random.Next(4) == 0) continue;
            if (field.FieldType == FieldType.Message && depth >= MaxDepth) continue;
            if (field.RealContainingOneof is { } oneof && !chosen.Add(oneof.FullName)) continue;
            if (field.IsRepeated)
            {
                var list = (IList)field.Accessor.GetValue(message);
                var count = random.Next(depth >= 2 ? 2 : 4);
                for (var i = 0; i < count; i++) list.Add(Value(field, random, depth));
            }
            else field.Accessor.SetValue(message, Value(field, random, depth));
        }
        return message;
    }

    private static object Value(FieldDescriptor field, Random random, int depth) => field.FieldType switch
    {
        FieldType.Message => Message(field.MessageType, random, depth + 1),
        FieldType.String => Strings[random.Next(Strings.Length)],
        FieldType.Bool => random.Next(2) == 0,
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => random.Next(3) == 0 ? random.Next(-1000, 1000) : Ints[random.Next(Ints.Length)],
        FieldType.UInt32 or FieldType.Fixed32 => (uint)random.Next(),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => random.NextInt64(),
        FieldType.UInt64 or FieldType.Fixed64 => (ulong)random.NextInt64(),
        FieldType.Double => Math.Round(random.NextDouble() * 1000, 3),
        FieldType.Float => (float)Math.Round(random.NextDouble() * 100, 2),
        FieldType.Bytes => ByteString.CopyFrom(Enumerable.Range(0, random.Next(12)).Select(_ => (byte)random.Next(256)).ToArray()),
        FieldType.Enum => Enum.ToObject(field.EnumType.ClrType, random.Next(8) == 0 ? 99 : field.EnumType.Values[random.Next(field.EnumType.Values.Count)].Number),
        var other => throw new NotSupportedException($"{field.FullName}: {other}"),
    };
}
