using System.Net;
using System.Reflection;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ScoringKernel.Server.Access;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// The role table against the server's own endpoints, in the production profile over HTTPS with certificates the test
/// makes: every endpoint ASP.NET Core maps and every method of every gRPC service it serves has a line; for each, a
/// client holding a role the line names is not refused for it, a client holding another role gets 403 /
/// PERMISSION_DENIED naming the role, and a client off the allow-list 401 / UNAUTHENTICATED.
/// </summary>
public sealed class RoleTableTests : IAsyncLifetime
{
    /// <summary>One client per role, each holding that role alone.</summary>
    private static readonly string[] HeldRoles =
        [Roles.Read, Roles.Score, Roles.Office, Roles.LeadingGroup, Roles.Inspector, Roles.Admin, "unit:430482", "department:DEPARTMENT_FINANCE_BUREAU"];

    private readonly string folder = Directory.CreateTempSubdirectory("sk-role-table-").FullName;
    private ProductionServer server = null!;
    private readonly Dictionary<string, X509Certificate2> holders = [];
    private X509Certificate2 stranger = null!;

    private static string SubjectHolding(string role) => "CN=holds-" + role.Replace(':', '-').Replace('_', '-').ToLowerInvariant();

    public async Task InitializeAsync()
    {
        server = await ProductionServer.Start(string.Join(";", HeldRoles.Select(r => $"{SubjectHolding(r)}:{r}")), $"sqlite:{Path.Combine(folder, "round.db")}");
        foreach (var role in HeldRoles) holders[role] = server.Client(SubjectHolding(role));
        stranger = server.Client("CN=stranger");
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private IReadOnlyList<Endpoint> Endpoints => server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints;

    [Fact]
    public void Every_endpoint_the_server_maps_and_every_method_of_its_gRPC_services_has_a_line_in_the_role_table()
    {
        var unlisted = Endpoints.Where(e => EndpointRoles.Of(e) is null).Select(e => EndpointRoles.KeyOf(e) ?? e.DisplayName).ToList();
        Assert.True(unlisted.Count == 0,
            $"endpoints without a line in the role table: add one line each to EndpointRoles.Table (src/ScoringKernel.Server/Access/EndpointRoles.cs): {string.Join(", ", unlisted)}");

        var methods = Endpoints.Select(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.ServiceType).OfType<Type>().Distinct()
            .Select(DescriptorOf).OfType<ServiceDescriptor>()
            .SelectMany(s => s.Methods.Select(m => $"/{s.FullName}/{m.Name}")).ToList();
        Assert.Contains("/scoringkernel.v1.RoundService/OpenRound", methods);
        Assert.Contains("/grpc.health.v1.Health/Check", methods);
        var missing = methods.Where(m => !EndpointRoles.Table.ContainsKey(m)).ToList();
        Assert.True(missing.Count == 0, $"RPCs without a line in the role table (EndpointRoles.Table): {string.Join(", ", missing)}");

        var mapped = Endpoints.Select(EndpointRoles.KeyOf).ToHashSet();
        var stale = EndpointRoles.Table.Keys.Where(k => !mapped.Contains(k)).ToList();
        Assert.True(stale.Count == 0, $"lines of the role table for no endpoint the server maps (remove them, or map the endpoint): {string.Join(", ", stale)}");

        var open = Endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => e.DisplayName).ToList();
        Assert.True(open.Count == 0, $"endpoints marked [AllowAnonymous], which skips the role table: {string.Join(", ", open)}");
    }

    /// <summary>specs/docs/operations.md's role table is this table, each RPC beside its HTTP/JSON route.</summary>
    [Fact]
    public void The_role_table_in_the_docs_is_the_one_in_code()
    {
        var routes = Endpoints.Where(e => e.Metadata.GetMetadata<CallsRpc>() is not null).ToLookup(
            e => EndpointRoles.KeyOf(e)!,
            e => $"{e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods[0]} /{((RouteEndpoint)e).RoutePattern.RawText!.TrimStart('/')}");
        var rows = EndpointRoles.Lines.Select(line =>
        {
            var (key, access) = (line.Key, line.Value);
            var endpoint = key == EndpointRoles.NotServed ? "any RPC not served (UNIMPLEMENTED)"
                : key.StartsWith('/') ? $"`{key.TrimStart('/').Replace("scoringkernel.v1.", "")}`"
                : $"`{key}`";
            return $"| {endpoint} | {string.Join(", ", routes[key].Select(r => $"`{r}`"))} | {access.Text} |";
        });
        var table = string.Join("\n", ["| Endpoint (gRPC method or HTTP route) | Its HTTP/JSON route | Who may call |", "|---|---|---|", .. rows]);
        var path = Path.Combine(Examples.RepoRoot, "specs", "docs", "operations.md");
        var text = File.ReadAllText(path);
        const string begin = "<!-- role-table: generated from EndpointRoles.Lines; SCORINGKERNEL_WRITE_DOCS=1 dotnet test --filter The_role_table_in_the_docs rewrites it -->";
        const string end = "<!-- /role-table -->";
        var (from, to) = (text.IndexOf(begin, StringComparison.Ordinal), text.IndexOf(end, StringComparison.Ordinal));
        Assert.True(from >= 0 && to > from, $"{path} has no role-table section ({begin} … {end})");
        var current = text[(from + begin.Length)..to].Trim('\n');
        if (current != table && Environment.GetEnvironmentVariable("SCORINGKERNEL_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..(from + begin.Length)] + "\n" + table + "\n" + text[to..]);
            return;
        }
        Assert.True(current == table, $"{path}'s role table differs from EndpointRoles.Lines; run with SCORINGKERNEL_WRITE_DOCS=1 to rewrite it. Expected:\n{table}");
    }

    /// <summary>The ServiceDescriptor of the generated class a gRPC service implementation derives from.</summary>
    private static ServiceDescriptor? DescriptorOf(Type service)
    {
        for (var t = service; t is not null; t = t.BaseType)
            if (t.DeclaringType?.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is ServiceDescriptor d)
                return d;
        return null;
    }

    [Fact]
    public async Task Each_endpoint_admits_its_roles_refuses_other_roles_naming_the_role_and_refuses_a_client_off_the_allow_list()
    {
        var checkedCalls = 0;
        foreach (var endpoint in Endpoints)
        {
            var access = EndpointRoles.Of(endpoint)!;
            var key = EndpointRoles.KeyOf(endpoint)!;
            var (method, call) = CallFor(endpoint);

            var off = await call(stranger);
            Assert.True(off.Code == StatusCode.Unauthenticated && off.Reason == "CLIENT_NOT_ALLOWED",
                $"{method} by a client off the allow-list: expected UNAUTHENTICATED with CLIENT_NOT_ALLOWED, got {off}");

            foreach (var role in access.Roles)
            {
                var with = await call(holders[role.EndsWith(":*", StringComparison.Ordinal) ? HeldRoles.First(r => r.StartsWith(role[..^1], StringComparison.Ordinal)) : role]);
                Assert.False(with.Code is StatusCode.Unauthenticated || (with.Code == StatusCode.PermissionDenied && access.Roles.Contains(with.Role)),
                    $"{method} by a client holding {role} ({key} admits {access.Text}): refused with {with}");
                checkedCalls++;
            }
            foreach (var client in access.IsAnyClient ? HeldRoles.Take(2) : [])
            {
                var any = await call(holders[client]);
                Assert.False(any.Code is StatusCode.Unauthenticated or StatusCode.PermissionDenied, $"{method} by {client}: {key} admits any client, refused with {any}");
            }

            if (access.IsAnyClient) continue;
            var other = HeldRoles.First(r => !access.Roles.Any(a => a == r || (a.EndsWith(":*", StringComparison.Ordinal) && r.StartsWith(a[..^1], StringComparison.Ordinal))));
            var without = await call(holders[other]);
            Assert.True(without.Code == StatusCode.PermissionDenied && without.Reason == "ROLE_REQUIRED" && without.Role == access.Named && without.Message.Contains(access.Named),
                $"{method} by a client holding only {other}: expected PERMISSION_DENIED with ROLE_REQUIRED naming {access.Named}, got {without}");
            checkedCalls++;
        }
        Assert.True(checkedCalls > 60, $"only {checkedCalls} calls checked");
    }

    /// <summary>What a refused (or answered) call came back with.</summary>
    private sealed record Outcome(StatusCode Code, string Reason, string Role, string Message, string Localized)
    {
        public override string ToString() => $"{Code} reason '{Reason}' role '{Role}': {Message} / {Localized}";
    }

    /// <summary>A call of the endpoint, named, for any client: an RPC over gRPC, a route over HTTPS with an empty request.</summary>
    private (string Name, Func<X509Certificate2, Task<Outcome>> Call) CallFor(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<GrpcMethodMetadata>() is { } grpc)
            return ("gRPC " + grpc.Method.FullName, client => Grpc(grpc.Method.Type, grpc.Method.ServiceName, grpc.Method.Name, client));
        var route = (RouteEndpoint)endpoint;
        if (EndpointRoles.KeyOf(endpoint) == EndpointRoles.NotServed)
        {
            var service = route.RoutePattern.RawText!.TrimStart('/').Split('/')[0] is var s && s.StartsWith('{') ? "nowhere.v1.Nothing" : route.RoutePattern.RawText!.TrimStart('/').Split('/')[0];
            return ($"gRPC {service}/NotServed", client => Grpc(MethodType.Unary, service, "NotServed", client));
        }
        var verb = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods[0];
        var path = "/" + route.RoutePattern.RawText!.TrimStart('/')
            .Replace("{year}", "2015").Replace("{rule_set_id}", "hengyang-2015").Replace("{**name}", "index.html").Replace("{kind}", "notice.docx");
        return ($"{verb} {path}", client => Http(verb, path, client));
    }

    private async Task<Outcome> Grpc(MethodType type, string service, string method, X509Certificate2 client)
    {
        using var channel = server.Channel(client);
        var bytes = Marshallers.Create<byte[]>(b => b, b => b);
        var call = new Method<byte[], byte[]>(type, service, method, bytes, bytes);
        try
        {
            if (type == MethodType.ServerStreaming)
            {
                using var cancel = new CancellationTokenSource();
                using var stream = channel.CreateCallInvoker().AsyncServerStreamingCall(call, null, new CallOptions(cancellationToken: cancel.Token), []);
                // The first message (or the end) is enough: Watch would stream for ever.
                await stream.ResponseStream.MoveNext(CancellationToken.None);
                cancel.Cancel();
            }
            else await channel.CreateCallInvoker().AsyncUnaryCall(call, null, new CallOptions(), []);
            return new Outcome(StatusCode.OK, "", "", "", "");
        }
        catch (RpcException e)
        {
            var status = e.GetRpcStatus();
            var info = status?.GetDetail<Google.Rpc.ErrorInfo>();
            return new Outcome(e.StatusCode, info?.Reason ?? "", info?.Metadata.GetValueOrDefault("role") ?? "", e.Status.Detail,
                status?.GetDetail<Google.Rpc.LocalizedMessage>()?.Message ?? "");
        }
    }

    private async Task<Outcome> Http(string verb, string path, X509Certificate2 client)
    {
        using var http = server.Http(client);
        using var request = new HttpRequestMessage(new HttpMethod(verb), path);
        request.Headers.AcceptLanguage.ParseAdd("en");
        if (verb != "GET") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        var code = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
            HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
            _ => StatusCode.OK,
        };
        if (code == StatusCode.OK) return new Outcome(code, "", "", ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), "");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Length > 0, $"{verb} {path}: a {(int)response.StatusCode} with an empty body");
        return FromJson(code, body);
    }

    private static Outcome FromJson(StatusCode code, string body)
    {
        using var json = JsonDocument.Parse(body);
        var details = json.RootElement.GetProperty("details").EnumerateArray().ToList();
        var info = details.First(d => d.GetProperty("@type").GetString()!.EndsWith("ErrorInfo", StringComparison.Ordinal));
        var localized = details.First(d => d.GetProperty("@type").GetString()!.EndsWith("LocalizedMessage", StringComparison.Ordinal));
        var role = info.TryGetProperty("metadata", out var m) && m.TryGetProperty("role", out var r) ? r.GetString()! : "";
        return new Outcome(code, info.GetProperty("reason").GetString()!, role, json.RootElement.GetProperty("message").GetString()!, localized.GetProperty("message").GetString()!);
    }
}
