using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace ScoringKernel.Server.Hosting;

/// <summary>
/// Brotli, else gzip, for the text a browser or a JSON client downloads (the workbench's page, scripts, style and the
/// vendored ECharts, about 1.1 MB as it stands; JSON answers; the OpenAPI document), with the framework's middleware.
/// Also over TLS: no response carries a secret beside text the caller chose (no cookies, no CSRF tokens), so the
/// BREACH attack that makes compressed HTTPS risky has nothing to guess. gRPC and the NDJSON streams are not touched.
/// </summary>
public static class Compression
{
    public static readonly string[] MimeTypes =
        ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "application/yaml"];

    public static void AddServices(IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = MimeTypes;
        });
        // Brotli's "fastest" (quality 1) compresses the 1.1 MB of ECharts in a few milliseconds, and a browser fetches it once a year.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
    }
}
