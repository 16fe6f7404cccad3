using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;

namespace ScoringKernel.Server.HttpJson;

/// <summary>A failure over HTTP/JSON: the google.rpc.Status as JSON, with the HTTP status google/rpc/code.proto gives its code (413 for a request too large, <see cref="HttpStatusOf.Of"/>).</summary>
public static class StatusJson
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithTypeRegistry(
        TypeRegistry.FromMessages(BadRequest.Descriptor, ResourceInfo.Descriptor, RetryInfo.Descriptor, Contracts.V1.FieldViolationFacts.Descriptor)));

    public static async Task Write(HttpContext http, Google.Rpc.Status status, CancellationToken cancel)
    {
        var json = Formatter.Format(status);
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
