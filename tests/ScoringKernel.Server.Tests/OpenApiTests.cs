using ScoringKernel.Server.OpenApi;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// The OpenAPI document is generated from the routes the server maps: the checked-in copy (specs/openapi.yaml, linted
/// by redocly and used by the Node client in tests/node-client) must be what the server generates and serves now.
/// </summary>
public class OpenApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly string CheckedIn = Path.Combine(Examples.RepoRoot, "specs", "openapi.yaml");

    [Fact]
    public async Task The_checked_in_document_is_the_one_the_server_serves()
    {
        using var http = new HttpClient();
        var served = await http.GetStringAsync(server.JsonAddress + OpenApiDocument.Path);
        var checkedIn = await File.ReadAllTextAsync(CheckedIn);
        Assert.True(served == checkedIn,
            $"specs/openapi.yaml differs from the document the server generates from its routes: regenerate it from the repository root with\n    {OpenApiDocument.RegenerateCommand}");
    }

    [Fact]
    public async Task Every_json_route_of_the_contract_is_in_the_document_with_its_verb()
    {
        var document = await File.ReadAllTextAsync(CheckedIn);
        foreach (var service in new[] { Contracts.V1.ScoringService.Descriptor, Contracts.V1.ScenarioService.Descriptor, Contracts.V1.RoundService.Descriptor })
            foreach (var method in service.Methods)
                if (method.GetOptions()?.GetExtension(Google.Api.AnnotationsExtensions.Http) is { } rule)
                {
                    var (verb, template) = HttpJson.HttpRuleSupport.Check(method, rule);
                    Assert.Contains($"  \"{template}\":", document);
                    Assert.Contains($"\"operationId\": \"{method.Name}\"", document);
                    _ = verb;
                }
        // Decimals are strings with format decimal; the failure body is google.rpc.Status with its details.
        Assert.Contains("\"format\": \"decimal\"", document);
        foreach (var detail in new[] { "google.rpc.BadRequest", "google.rpc.ErrorInfo", "google.rpc.LocalizedMessage" })
            Assert.Contains($"\"const\": \"type.googleapis.com/{detail}\"", document);
    }

    /// <summary>The decimal mark is not forgotten on a field whose name says money, a percentage, a score or a total.</summary>
    [Fact]
    public void Every_field_named_as_a_decimal_carries_the_decimal_mark()
    {
        string[] suffixes = ["_wan", "_yuan", "_percent", "_total", "score", "deduction"];
        var fields = TestSupport.ContractMessages.All.SelectMany(m => m.Fields.InDeclarationOrder()).ToList();
        var named = fields.Where(f => f.FieldType == Google.Protobuf.Reflection.FieldType.String && suffixes.Any(s => f.Name.EndsWith(s, StringComparison.Ordinal)) && !f.Name.EndsWith("_written", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(named);
        Assert.All(named, f => Assert.True(DecimalFields.IsDecimal(f), $"{f.FullName} looks like a decimal but has no [(scoringkernel.v1.decimal) = true]"));
        Assert.True(fields.Count(DecimalFields.IsDecimal) >= 78);
    }
}
