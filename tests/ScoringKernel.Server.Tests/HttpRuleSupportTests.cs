using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using ScoringKernel.Server.Hosting;
using ScoringKernel.Server.HttpJson;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>An http rule the gateway cannot serve stops the route builder, naming the RPC, the rule and what is not served.</summary>
public class HttpRuleSupportTests
{
    /// <summary>Stands in for a service class: the route builder looks the RPC's method up by name.</summary>
    private sealed class Things
    {
        public void GetThing() { }
    }

    /// <summary>A service <c>probe.v1.Things</c> with one RPC, <c>GetThing(ThingRequest) returns (Thing)</c>, carrying <paramref name="rule"/>.</summary>
    private static Google.Protobuf.Reflection.ServiceDescriptor ServiceWith(HttpRule rule, bool clientStreaming = false)
    {
        var options = new MethodOptions();
        options.SetExtension(AnnotationsExtensions.Http, rule);
        FieldDescriptorProto Field(string name, int number, FieldDescriptorProto.Types.Type type, bool repeated = false, string? typeName = null)
        {
            var field = new FieldDescriptorProto
            {
                Name = name, Number = number, Type = type, JsonName = name,
                Label = repeated ? FieldDescriptorProto.Types.Label.Repeated : FieldDescriptorProto.Types.Label.Optional,
            };
            if (typeName is not null) field.TypeName = typeName;
            return field;
        }
        var file = new FileDescriptorProto
        {
            Name = "probe/things.proto", Package = "probe.v1", Syntax = "proto3",
            MessageType =
            {
                new DescriptorProto
                {
                    Name = "ThingRequest",
                    Field =
                    {
                        Field("name", 1, FieldDescriptorProto.Types.Type.String),
                        Field("tags", 2, FieldDescriptorProto.Types.Type.String, repeated: true),
                        Field("parent", 3, FieldDescriptorProto.Types.Type.Message, typeName: ".probe.v1.Thing"),
                    },
                },
                new DescriptorProto { Name = "Thing" },
            },
            Service =
            {
                new ServiceDescriptorProto
                {
                    Name = "Things",
                    Method = { new MethodDescriptorProto { Name = "GetThing", InputType = ".probe.v1.ThingRequest", OutputType = ".probe.v1.Thing", Options = options, ClientStreaming = clientStreaming } },
                },
            },
        };
        return FileDescriptor.BuildFromByteStrings([file.ToByteString()], new ExtensionRegistry { AnnotationsExtensions.Http })[0].Services[0];
    }

    public static TheoryData<string, HttpRule, string> Unsupported => new()
    {
        { "custom method", new HttpRule { Custom = new CustomHttpPattern { Kind = "HEAD", Path = "/v1/things" } }, "the custom method \"HEAD\" is not served" },
        { "additional binding", new HttpRule { Get = "/v1/things/{name}", AdditionalBindings = { new HttpRule { Get = "/v1/names/{name}" } } }, "additional_bindings are not served" },
        { "body field", new HttpRule { Post = "/v1/things", Body = "parent" }, "body \"parent\" is not served" },
        { "response body", new HttpRule { Get = "/v1/things", ResponseBody = "name" }, "response_body \"name\" is not served" },
        { "pattern variable", new HttpRule { Get = "/v1/{name=things/*}" }, "the path segment \"{name=things\" is not served" },
        { "nested variable", new HttpRule { Get = "/v1/things/{parent.name}" }, "the path segment \"{parent.name}\" is not served" },
        { "verb after a variable", new HttpRule { Post = "/v1/things/{name}:archive" }, "the path segment \"{name}:archive\" is not served" },
        { "wildcard", new HttpRule { Get = "/v1/things/**" }, "wildcards are not" },
        { "unknown variable", new HttpRule { Get = "/v1/things/{id}" }, "the path variable {id} names no field of probe.v1.ThingRequest" },
        { "repeated variable", new HttpRule { Get = "/v1/things/{tags}" }, "the path variable {tags} names a repeated or message field" },
        { "variable beside body", new HttpRule { Post = "/v1/things/{name}", Body = "*" }, "path variables beside body \"*\" are not served" },
        { "get with body", new HttpRule { Get = "/v1/things", Body = "*" }, "a GET has no body" },
        { "no pattern", new HttpRule { Body = "*" }, "the rule has no pattern" },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void An_unsupported_rule_is_refused_naming_the_rpc_and_the_rule(string name, HttpRule rule, string problem)
    {
        var refusal = Assert.Throws<ServerConfigurationException>(() => JsonRoute.Of(typeof(Things), ServiceWith(rule)));
        Assert.StartsWith($"the HTTP/JSON gateway cannot serve the google.api.http rule of probe.v1.Things.GetThing ({rule}): ", refusal.Message);
        Assert.True(refusal.Message.Contains(problem, StringComparison.Ordinal), $"{name}: {refusal.Message}");
    }

    [Fact]
    public void A_client_streaming_rpc_is_refused()
    {
        var refusal = Assert.Throws<ServerConfigurationException>(() => JsonRoute.Of(typeof(Things), ServiceWith(new HttpRule { Post = "/v1/things", Body = "*" }, clientStreaming: true)));
        Assert.Contains("probe.v1.Things.GetThing", refusal.Message);
        Assert.Contains("client-streaming", refusal.Message);
    }

    [Theory]
    [InlineData("GET", "/v1/things/{name}", "")]
    [InlineData("POST", "/v1/things:archive", "*")]
    [InlineData("DELETE", "/v1/things/{name}/parts", "")]
    public void A_supported_rule_becomes_a_route(string verb, string path, string body)
    {
        var rule = verb switch { "GET" => new HttpRule { Get = path }, "POST" => new HttpRule { Post = path }, _ => new HttpRule { Delete = path } };
        rule.Body = body;
        var route = Assert.Single(JsonRoute.Of(typeof(Things), ServiceWith(rule)));
        Assert.Equal((verb, path, body == "*"), (route.Verb, route.Template, route.HasBody));
    }

    [Fact]
    public void The_contracts_own_rules_are_all_served()
    {
        Assert.NotEmpty(JsonRoute.Of(typeof(Services.ScoringGrpcService), Contracts.V1.ScoringService.Descriptor));
        Assert.NotEmpty(JsonRoute.Of(typeof(Services.ScenarioGrpcService), Contracts.V1.ScenarioService.Descriptor));
    }
}
