using System.Text.Json.Nodes;
using Google.Protobuf.Reflection;

namespace ScoringKernel.Server.OpenApi;

/// <summary>
/// JSON Schemas of the contract's messages and enums as proto3 JSON spells them, named by their full proto names
/// (<c>scoringkernel.v1.AssessRequest</c>), gathered as operations refer to them.
/// </summary>
internal sealed class SchemaSet
{
    private readonly SortedDictionary<string, JsonObject> schemas = new(StringComparer.Ordinal);
    private readonly Queue<IDescriptor> pending = new();

    /// <summary>The google.rpc details a failure carries (<see cref="Google.Rpc.Status"/>'s <c>details</c>), by their type URLs.</summary>
    private static readonly MessageDescriptor[] Details =
        [.. HttpJson.StatusJson.DetailTypes.Take(1), Google.Rpc.ErrorInfo.Descriptor, Google.Rpc.LocalizedMessage.Descriptor, .. HttpJson.StatusJson.DetailTypes.Skip(1)];

    public JsonObject Ref(IDescriptor type)
    {
        if (Inline(type) is { } inline) return inline;
        if (!schemas.ContainsKey(type.FullName) && !pending.Contains(type)) pending.Enqueue(type);
        return new JsonObject { ["$ref"] = "#/components/schemas/" + type.FullName };
    }

    public JsonObject Finish()
    {
        while (pending.TryDequeue(out var type))
        {
            if (schemas.ContainsKey(type.FullName)) continue;
            schemas[type.FullName] = new JsonObject(); // taken before its fields, for a message that holds itself
            schemas[type.FullName] = type switch
            {
                MessageDescriptor m when m.FullName == Google.Rpc.Status.Descriptor.FullName => Status(),
                MessageDescriptor m => Message(m),
                EnumDescriptor e => Enum(e),
                _ => throw new InvalidOperationException(type.FullName),
            };
        }
        var result = new JsonObject();
        foreach (var (name, schema) in schemas) result[name] = schema;
        return result;
    }

    private JsonObject Message(MessageDescriptor message)
    {
        var properties = new JsonObject();
        foreach (var field in message.Fields.InDeclarationOrder()) properties[field.JsonName] = Field(field);
        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (message.Oneofs.Any(o => !o.IsSynthetic))
            schema["description"] = "At most one of each group is set: " + string.Join("; ", message.Oneofs.Where(o => !o.IsSynthetic).Select(o => $"{o.Name} ({string.Join(", ", o.Fields.Select(f => f.JsonName))})")) + ".";
        return schema;
    }

    private static JsonObject Enum(EnumDescriptor e)
    {
        var names = new JsonArray();
        foreach (var value in e.Values) names.Add(value.Name);
        return new JsonObject { ["type"] = "string", ["enum"] = names, ["description"] = "By name; the number is accepted on input." };
    }

    /// <summary>google.rpc.Status as the gateway writes it: its details typed by <c>@type</c>.</summary>
    private JsonObject Status()
    {
        var details = new JsonArray();
        foreach (var d in Details)
        {
            var reference = Ref(d);
            details.Add(new JsonObject
            {
                ["allOf"] = new JsonArray(reference, new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["@type"] = new JsonObject { ["const"] = "type.googleapis.com/" + d.FullName } },
                    ["required"] = new JsonArray("@type"),
                }),
            });
        }
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "A failure: the gRPC status code, its message in English, and details: BadRequest (a field violation per problem, with the proto field path), ErrorInfo (a stable reason and metadata) and LocalizedMessage (the words in the caller's language).",
            ["properties"] = new JsonObject
            {
                ["code"] = new JsonObject { ["type"] = "integer", ["format"] = "int32", ["description"] = "google.rpc.Code: 3 INVALID_ARGUMENT, 5 NOT_FOUND, 7 PERMISSION_DENIED, 9 FAILED_PRECONDITION, 10 ABORTED, 8 RESOURCE_EXHAUSTED, 16 UNAUTHENTICATED, …" },
                ["message"] = new JsonObject { ["type"] = "string" },
                ["details"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["oneOf"] = details } },
            },
            ["required"] = new JsonArray("code"),
        };
    }

    public JsonObject Field(FieldDescriptor field)
    {
        if (field.IsMap)
        {
            var value = field.MessageType.FindFieldByNumber(2);
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = Single(value) };
        }
        return field.IsRepeated ? new JsonObject { ["type"] = "array", ["items"] = Single(field) } : Single(field);
    }

    private JsonObject Single(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Message or FieldType.Group => Ref(field.MessageType),
        FieldType.Enum => Ref(field.EnumType),
        FieldType.String => DecimalFields.IsDecimal(field)
            ? new JsonObject { ["type"] = "string", ["format"] = "decimal", ["examples"] = new JsonArray("84.59") }
            : new JsonObject { ["type"] = "string" },
        FieldType.Bool => new JsonObject { ["type"] = "boolean" },
        FieldType.Bytes => new JsonObject { ["type"] = "string", ["format"] = "byte", ["description"] = "base64" },
        FieldType.Double => new JsonObject { ["type"] = "number", ["format"] = "double" },
        FieldType.Float => new JsonObject { ["type"] = "number", ["format"] = "float" },
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => new JsonObject { ["type"] = "integer", ["format"] = "int32" },
        FieldType.UInt32 or FieldType.Fixed32 => new JsonObject { ["type"] = "integer", ["format"] = "int64", ["minimum"] = 0 },
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 or FieldType.UInt64 or FieldType.Fixed64 =>
            new JsonObject { ["type"] = "string", ["format"] = "int64", ["description"] = "A 64-bit integer as a string (proto3 JSON)." },
    };

    /// <summary>The well-known types as proto3 JSON writes them (a string, a plain object); null for any other type.</summary>
    private static JsonObject? Inline(IDescriptor type) => type.FullName switch
    {
        "google.protobuf.Timestamp" => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
        "google.protobuf.Duration" => new JsonObject { ["type"] = "string", ["description"] = "Seconds with an \"s\" suffix, e.g. \"1.5s\"." },
        "google.protobuf.FieldMask" => new JsonObject { ["type"] = "string", ["description"] = "Field paths in lowerCamelCase, separated by commas." },
        "google.protobuf.Empty" => new JsonObject { ["type"] = "object" },
        "google.protobuf.Struct" => new JsonObject { ["type"] = "object", ["additionalProperties"] = true },
        "google.protobuf.Value" => new JsonObject(),
        "google.protobuf.ListValue" => new JsonObject { ["type"] = "array" },
        "google.protobuf.Any" => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["@type"] = new JsonObject { ["type"] = "string" } }, ["additionalProperties"] = true },
        "google.protobuf.StringValue" => new JsonObject { ["type"] = new JsonArray("string", "null") },
        "google.protobuf.BoolValue" => new JsonObject { ["type"] = new JsonArray("boolean", "null") },
        "google.protobuf.Int32Value" or "google.protobuf.UInt32Value" => new JsonObject { ["type"] = new JsonArray("integer", "null") },
        "google.protobuf.Int64Value" or "google.protobuf.UInt64Value" => new JsonObject { ["type"] = new JsonArray("string", "null") },
        "google.protobuf.DoubleValue" or "google.protobuf.FloatValue" => new JsonObject { ["type"] = new JsonArray("number", "null") },
        "google.protobuf.BytesValue" => new JsonObject { ["type"] = new JsonArray("string", "null") },
        _ => null,
    };
}
