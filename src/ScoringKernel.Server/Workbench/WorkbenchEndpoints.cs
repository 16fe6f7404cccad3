using System.Collections.Frozen;
using ScoringKernel.Server.Hosting;

namespace ScoringKernel.Server.Workbench;

/// <summary>
/// Serves the workbench: a page, its script and style, and the illustrative example files, all embedded in the server
/// assembly. The page reads and computes nothing itself: every number comes from the HTTP/JSON API beside it. Behind
/// the same client-certificate rules as the API (any client allowed by the server may open it).
/// </summary>
public static class WorkbenchEndpoints
{
    private static readonly FrozenDictionary<string, (byte[] Body, string ContentType)> Files = Load();

    public static void MapWorkbench(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext http) => Serve(http, "index.html"));
        endpoints.MapGet("/workbench/{**name}", (HttpContext http, string name) => Serve(http, name));
    }

    private static IResult Serve(HttpContext http, string name)
    {
        if (!Files.TryGetValue(name, out var file)) return Results.NotFound();
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'";
        return Results.Bytes(file.Body, file.ContentType);
    }

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(WorkbenchEndpoints).Assembly;
        const string prefix = "workbench/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[prefix.Length..], n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return (memory.ToArray(), ContentType(n));
            }, StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        _ => "application/octet-stream",
    };
}
