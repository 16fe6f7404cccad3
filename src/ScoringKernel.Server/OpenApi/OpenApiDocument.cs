using System.Reflection;
using System.Text.Json.Nodes;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Routing.Patterns;
using ScoringKernel.Server.HttpJson;

namespace ScoringKernel.Server.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document of the HTTP/JSON API, built from the routes the server has mapped (the endpoints the gateway
/// made from the contract's google.api.http rules, each carrying its <see cref="JsonRoute"/>, and the other <c>/v1/</c>
/// GET routes beside them) and the contract's message descriptors, so it says what is served and cannot drift from it.
/// Schemas follow the proto3 JSON mapping (lowerCamelCase names, 64-bit integers and decimals as strings, enums by
/// name); every failure is a google.rpc.Status with the HTTP status <see cref="HttpStatusOf"/> gives its code.
/// </summary>
public static class OpenApiDocument
{
    public const string Path = "/openapi.yaml";

    /// <summary>Regenerates the checked-in copy (the test that compares them says so when they differ).</summary>
    public const string RegenerateCommand = "dotnet run --project src/ScoringKernel.Server -c Release -- openapi specs/openapi.yaml";

    /// <summary>The document of the endpoints an application has mapped (its route builder's data sources).</summary>
    public static string Yaml(IEnumerable<EndpointDataSource> sources) => YamlText.Of(Build(sources.SelectMany(s => s.Endpoints)));

    internal static JsonObject Build(IEnumerable<Endpoint> endpoints)
    {
        var schemas = new SchemaSet();
        var paths = new JsonObject();
        var list = endpoints.OfType<RouteEndpoint>().ToList();
        foreach (var endpoint in list)
        {
            if (endpoint.Metadata.GetMetadata<JsonRoute>() is { } route)
                Add(paths, "/" + route.Template.TrimStart('/'), route.Verb.ToLowerInvariant(), Operation(route, schemas));
            else if (Download(endpoint) is { } download)
                Add(paths, download.Path, "get", download.Operation);
        }
        var document = new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "ScoringKernel HTTP/JSON API",
                ["version"] = typeof(OpenApiDocument).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
                ["summary"] = "The 2015 Hengyang poverty-alleviation assessment (衡贫发[2015]2号), rules as code: scoring, scenarios and the year's round.",
                ["description"] = Words.Info,
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "http://127.0.0.1:5081", ["description"] = "development profile: HTTP/1.1 JSON listener (--json-url)" },
                new JsonObject { ["url"] = "https://127.0.0.1:5080", ["description"] = "production profile: TLS with a client certificate (--urls)" }),
            ["security"] = new JsonArray(new JsonObject { ["clientCertificate"] = new JsonArray() }),
            ["tags"] = Tags(list),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["clientCertificate"] = new JsonObject
                    {
                        ["type"] = "mutualTLS",
                        ["description"] = "Production profile: a client certificate from the configured CA whose subject is on --allowed-clients; its roles decide what it may call (a missing role is 403). The development profile asks for none.",
                    },
                },
                ["schemas"] = schemas.Finish(),
            },
        };
        return document;
    }

    private static void Add(JsonObject paths, string path, string verb, JsonObject operation)
    {
        if (paths[path] is not JsonObject item) paths[path] = item = new JsonObject();
        item[verb] = operation;
    }

    private static JsonArray Tags(IReadOnlyList<RouteEndpoint> endpoints)
    {
        var tags = new JsonArray();
        foreach (var service in endpoints.Select(e => e.Metadata.GetMetadata<JsonRoute>()?.Method.Service).OfType<Google.Protobuf.Reflection.ServiceDescriptor>().DistinctBy(s => s.FullName))
            tags.Add(new JsonObject { ["name"] = service.Name, ["description"] = $"The RPCs of {service.FullName}, each also served over gRPC." });
        if (endpoints.Any(e => e.Metadata.GetMetadata<JsonRoute>() is null && Download(e) is not null))
            tags.Add(new JsonObject { ["name"] = "Documents", ["description"] = "Files served over plain HTTP GET (documents and workbooks), not RPCs." });
        return tags;
    }

    private static JsonObject Operation(JsonRoute route, SchemaSet schemas)
    {
        var method = route.Method;
        var operation = new JsonObject
        {
            ["operationId"] = method.Name,
            ["summary"] = $"{method.Service.Name}.{method.Name}",
            ["description"] = $"Calls the gRPC method {route.GrpcPath} with the request read from {(route.HasBody ? "the JSON body" : "the path and query")}; answers as it does, in proto3 JSON."
                + (Access.EndpointRoles.Table.TryGetValue(route.GrpcPath, out var access) ? $" Production profile: {access.Text}." : "")
                + (method.IsServerStreaming ? " A server stream: one JSON object per line (application/x-ndjson); a failure after the first line is a last line {\"error\": Status}." : ""),
            ["tags"] = new JsonArray(method.Service.Name),
        };
        var pathNames = PathVariables(route.Template);
        var parameters = new JsonArray();
        foreach (var name in pathNames)
        {
            var field = method.InputType.FindFieldByName(name) ?? method.InputType.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == name);
            parameters.Add(new JsonObject
            {
                ["name"] = name,
                ["in"] = "path",
                ["required"] = true,
                ["schema"] = field is null ? new JsonObject { ["type"] = "string" } : schemas.Field(field),
            });
        }
        if (!route.HasBody)
            foreach (var field in method.InputType.Fields.InDeclarationOrder().Where(f => !pathNames.Contains(f.Name) && !pathNames.Contains(f.JsonName) && !f.IsRepeated && f.FieldType != FieldType.Message))
                parameters.Add(new JsonObject { ["name"] = field.JsonName, ["in"] = "query", ["required"] = false, ["schema"] = schemas.Field(field) });
        if (parameters.Count > 0) operation["parameters"] = parameters;
        if (route.HasBody)
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schemas.Ref(method.InputType) } },
            };
        var responses = new JsonObject
        {
            ["200"] = new JsonObject
            {
                ["description"] = $"The {method.OutputType.Name}.",
                ["content"] = new JsonObject { [method.IsServerStreaming ? "application/x-ndjson" : "application/json"] = new JsonObject { ["schema"] = schemas.Ref(method.OutputType) } },
            },
        };
        foreach (var (status, description) in Failures(route))
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["description"] = description,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schemas.Ref(Google.Rpc.Status.Descriptor) } },
            };
        operation["responses"] = responses;
        return operation;
    }

    /// <summary>The HTTP statuses a failure can take (google/rpc/code.proto's mapping, <see cref="HttpStatusOf"/>), each with the codes behind it.</summary>
    private static IEnumerable<(int Status, string Description)> Failures(JsonRoute route) =>
        Enum.GetValues<Google.Rpc.Code>()
            .Where(c => c != Google.Rpc.Code.Ok)
            .Select(c => (Status: HttpStatusOf.Code(c), Code: c))
            .Append((Status: 413, Code: Google.Rpc.Code.ResourceExhausted))
            .GroupBy(x => x.Status)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, "google.rpc.Status: " + string.Join(", ", g.Select(x => Words.CodeName(x.Code)).Distinct())
                + (g.Key switch
                {
                    400 => " (a field violation per problem in BadRequest, the reason in ErrorInfo, the words in LocalizedMessage in the Accept-Language's language)",
                    409 => " (a stale etag: ErrorInfo reason ETAG_STALE, metadata current_etag)",
                    413 => " (the body or a message over its size limit)",
                    403 => " (ErrorInfo reason ROLE_REQUIRED, metadata role)",
                    _ => "",
                })));

    private static HashSet<string> PathVariables(string template) =>
        System.Text.RegularExpressions.Regex.Matches(template, @"\{([^}=*]+)").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>A plain GET under /v1/ that is not an RPC (a document of a round): its path and an operation serving a file.</summary>
    private static (string Path, JsonObject Operation)? Download(Endpoint endpoint)
    {
        if (endpoint is not RouteEndpoint { RoutePattern.RawText: { } raw } route) return null;
        var path = "/" + raw.TrimStart('/');
        if (!path.StartsWith("/v1/", StringComparison.Ordinal)) return null;
        if (endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || !methods.HttpMethods.Contains("GET")) return null;
        var parameters = new JsonArray();
        foreach (var parameter in route.RoutePattern.Parameters)
            parameters.Add(new JsonObject { ["name"] = parameter.Name, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
        var name = System.IO.Path.GetFileName(path);
        var operation = new JsonObject
        {
            ["operationId"] = "get_" + string.Concat(path.Where(char.IsLetterOrDigit)),
            ["summary"] = $"GET {path}",
            ["description"] = endpoint.DisplayName is { Length: > 0 } d && !d.StartsWith("HTTP:", StringComparison.Ordinal) ? d : $"The file {name}, as a download.",
            ["tags"] = new JsonArray("Documents"),
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject
                {
                    ["description"] = $"The file.",
                    ["content"] = new JsonObject { [ContentType(name)] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string", ["format"] = "binary" } } },
                },
                ["4XX"] = new JsonObject
                {
                    ["description"] = "A refusal: google.rpc.Status in words (nothing to serve, a missing role).",
                    ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/google.rpc.Status" } } },
                },
            },
        };
        if (parameters.Count > 0) operation["parameters"] = parameters;
        return (path, operation);
    }

    private static string ContentType(string name) => System.IO.Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".html" => "text/html",
        ".pdf" => "application/pdf",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };

    private static class Words
    {
        public const string Info =
            "Every route calls the same service method a gRPC client would. Requests and responses are proto3 JSON: " +
            "field names in lowerCamelCase (the proto names are accepted too), enums by name, 64-bit integers as strings. " +
            "Decimals (scores, money, rates) travel as strings in one canonical form (`format: decimal`): an optional \"-\", digits, " +
            "optionally \".\" and digits, no exponent, no thousands separator. A failure is a google.rpc.Status " +
            "(code, message, details: BadRequest with a field violation per problem, ErrorInfo with a stable reason and metadata, " +
            "LocalizedMessage in the language Accept-Language asks for: zh-CN by default, or en) with the HTTP status " +
            "google/rpc/code.proto gives its code (413 for a body over its limit). Generated from the routes the server serves; " +
            "the server serves it at /openapi.yaml.";

        public static string CodeName(Google.Rpc.Code code) =>
            string.Concat(code.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
    }
}
