using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;

namespace ScoringKernel.Server.HttpJson;

/// <summary>A failure over HTTP/JSON: the google.rpc.Status as JSON, with the HTTP status google/rpc/code.proto gives its code (413 for a request too large, <see cref="HttpStatusOf.Of"/>).</summary>
public static class StatusJson
{
    /// <summary>The detail types a Status written here may carry beside ErrorInfo and LocalizedMessage (the OpenAPI document lists them from here).</summary>
    internal static readonly MessageDescriptor[] DetailTypes =
        [BadRequest.Descriptor, ResourceInfo.Descriptor, RetryInfo.Descriptor, Contracts.V1.FieldViolationFacts.Descriptor];

    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithTypeRegistry(TypeRegistry.FromMessages(DetailTypes)));

    /// <summary>A Status as JSON, each detail by its type (every type of google/rpc/error_details.proto and the contract's own).</summary>
    public static string Format(Google.Rpc.Status status) => Formatter.Format(status);

    public static async Task Write(HttpContext http, Google.Rpc.Status status, CancellationToken cancel)
    {
        var json = Format(status);
        if (http.Response.HasStarted)
        {
            // A stream already under way: its last line is the failure.
            await http.Response.WriteAsync("{\"error\": " + json + "}\n", cancel);
            return;
        }
        http.Response.StatusCode = HttpStatusOf.Of(status);
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(json, cancel);
    }
}
