using System.Text.Unicode;
using Google.Protobuf.Reflection;

namespace ScoringKernel.Server.Services;

/// <summary>
/// Walks the bytes of a protobuf message against its descriptor without building it: every tag, length and varint
/// well formed and inside its bounds, every nested message of a known field walked in turn, every string valid
/// UTF-8. It is stricter than Google.Protobuf's parser, never looser: whatever it accepts, the parser accepts; what it
/// does not vouch for (groups, deep nesting, unusual varints) it leaves to the parser. The framing check walks each
/// request this way so that grpc-dotnet decodes it once, not twice.
/// </summary>
public static class EncodingWalk
{
    /// <summary>Nesting this deep is left to the parser, whose limit is 100.</summary>
    private const int MaxDepth = 64;

    /// <summary>True only if <paramref name="data"/> is certainly a valid encoding of <paramref name="message"/>.</summary>
    public static bool Vouches(ReadOnlySpan<byte> data, MessageDescriptor message) => Walk(data, message, 0);

    private static bool Walk(ReadOnlySpan<byte> data, MessageDescriptor message, int depth)
    {
        if (depth > MaxDepth) return false;
        var at = 0;
        while (at < data.Length)
        {
            if (!TryVarint(data, ref at, 5, out var tag) || tag >> 3 == 0) return false;
            var field = message.FindFieldByNumber((int)(tag >> 3));
            switch (tag & 7)
            {
                case 0:
                    if (!TryVarint(data, ref at, 10, out _)) return false;
                    break;
                case 1:
                    if ((at += 8) > data.Length) return false;
                    break;
                case 5:
                    if ((at += 4) > data.Length) return false;
                    break;
                case 2:
                    if (!TryVarint(data, ref at, 5, out var length) || length > (ulong)(data.Length - at)) return false;
                    var content = data.Slice(at, (int)length);
                    at += (int)length;
                    if (field is not null && !Content(content, field, depth)) return false;
                    break;
                default:
                    // Groups (3, 4) are not in proto3; 6 and 7 are not wire types. The parser decides.
                    return false;
            }
        }
        return true;
    }

    /// <summary>The content of a length-delimited field the message knows: as the parser will read it.</summary>
    private static bool Content(ReadOnlySpan<byte> content, FieldDescriptor field, int depth) => field.FieldType switch
    {
        FieldType.Message => Walk(content, field.MessageType, depth + 1),
        FieldType.String => Utf8.IsValid(content),
        FieldType.Bytes => true,
        // A repeated number sent packed: the parser reads the elements.
        _ when field.IsRepeated => Packed(content, field.FieldType),
        // A length-delimited value on a singular number is an unknown field to the parser: skipped.
        _ => true,
    };

    private static bool Packed(ReadOnlySpan<byte> content, FieldType type)
    {
        switch (type)
        {
            case FieldType.Fixed32 or FieldType.SFixed32 or FieldType.Float:
                return content.Length % 4 == 0;
            case FieldType.Fixed64 or FieldType.SFixed64 or FieldType.Double:
                return content.Length % 8 == 0;
            case FieldType.Int32 or FieldType.Int64 or FieldType.UInt32 or FieldType.UInt64 or FieldType.SInt32
                or FieldType.SInt64 or FieldType.Bool or FieldType.Enum:
                var at = 0;
                while (at < content.Length)
                    if (!TryVarint(content, ref at, 10, out _)) return false;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A varint of at most <paramref name="maxBytes"/> bytes, ending inside the data. Five bytes are read as the
    /// parser reads a 32-bit varint (tags, lengths): anything above 32 bits is not vouched for.
    /// </summary>
    private static bool TryVarint(ReadOnlySpan<byte> data, ref int at, int maxBytes, out ulong value)
    {
        value = 0;
        for (var i = 0; i < maxBytes && at < data.Length; i++)
        {
            var b = data[at++];
            value |= (ulong)(b & 0x7F) << (7 * i);
            if (b < 0x80) return maxBytes > 5 || value <= uint.MaxValue;
        }
        return false;
    }
}
