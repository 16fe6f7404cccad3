using System.Collections.Frozen;
using Microsoft.Net.Http.Headers;
using ScoringKernel.Server.Hosting;

namespace ScoringKernel.Server.Workbench;

/// <summary>
/// Serves the workbench: a page, its script and style, and the illustrative example files, all embedded in the server
/// assembly. The page reads and computes nothing itself: every number comes from the HTTP/JSON API beside it. Behind
/// the same client-certificate rules as the API (any client allowed by the server may open it).
/// </summary>
public static class WorkbenchEndpoints
{
    private static readonly FrozenDictionary<string, (byte[] Body, string ContentType, EntityTagHeaderValue ETag)> Files = Load();

    /// <summary>Vendored files are served under their version (<c>vendor/echarts-6.1.0/</c>): a new version is a new path, so a browser may keep them a year.</summary>
    private const string Vendor = "vendor/";

    public static void MapWorkbench(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext http) => Serve(http, "index.html"));
        endpoints.MapGet("/workbench/{**name}", (HttpContext http, string name) => Serve(http, name));
    }

    private static IResult Serve(HttpContext http, string name)
    {
        if (!Files.TryGetValue(name, out var file)) return Results.NotFound();
        // The page's own files are revalidated on every load (a 304 by their ETag when unchanged), so a new version of
        // the server is seen at once; the vendored ones never change under their path.
        http.Response.Headers.CacheControl = name.StartsWith(Vendor, StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'";
        return Results.Bytes(file.Body, file.ContentType, entityTag: file.ETag);
    }

    private static FrozenDictionary<string, (byte[], string, EntityTagHeaderValue)> Load()
    {
        var assembly = typeof(WorkbenchEndpoints).Assembly;
        const string prefix = "workbench/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return (Name: n[prefix.Length..], Body: memory.ToArray());
            })
            .Append((Name: TypedNumberFormsModule.Name, Body: TypedNumberFormsModule.Body()))
            .ToFrozenDictionary(f => f.Name, f => (f.Body, ContentType(f.Name), ETag(f.Body)), StringComparer.Ordinal);
    }

    private static EntityTagHeaderValue ETag(byte[] body) =>
        new("\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body))[..16] + "\"");

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        _ => "application/octet-stream",
    };
}
