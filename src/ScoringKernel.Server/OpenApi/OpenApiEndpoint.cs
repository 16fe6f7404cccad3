namespace ScoringKernel.Server.OpenApi;

/// <summary>Serves the OpenAPI document of the routes this server serves, and writes it for the checked-in copy.</summary>
public static class OpenApiEndpoint
{
    public static void MapOpenApi(this IEndpointRouteBuilder endpoints)
    {
        string? yaml = null;
        var sources = endpoints.DataSources;
        endpoints.MapGet(OpenApiDocument.Path, () =>
            Results.Text(yaml ??= OpenApiDocument.Yaml(sources), "application/yaml; charset=utf-8"));
    }

    /// <summary>
    /// <c>scoringkernel-server openapi [FILE]</c>: builds the server as it would run (no store, no listener) and writes the
    /// document of its routes to FILE (relative to the working directory) or standard output.
    /// </summary>
    public static int Write(string[] args)
    {
        var app = ScoringServer.Build(["--urls", "http://127.0.0.1:0", "--json-url", "none", "--metrics-url", "none", "--store", "sqlite::memory:", "--Logging:LogLevel:Default=Warning"]);
        var yaml = OpenApiDocument.Yaml(((IEndpointRouteBuilder)app).DataSources);
        if (args.Length > 1) File.WriteAllText(Path.GetFullPath(args[1]), yaml);
        else Console.Out.Write(yaml);
        return 0;
    }
}
