using System.Reflection;
using Google.Api;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Authorization;

namespace ScoringKernel.Server.HttpJson;

/// <summary>
/// One HTTP/JSON route, as the contract's google.api.http option declares it: verb and path template, whether the
/// request comes in the body, the gRPC method it calls, the service method that implements it and the
/// authorization and admission policies that method carries.
/// </summary>
internal sealed record JsonRoute(string Verb, string Template, bool HasBody, MethodDescriptor Method, Type ServiceType, MethodInfo Implementation, string? Policy, string? RateLimiting)
{
    public static IEnumerable<JsonRoute> Of(Type serviceType, Google.Protobuf.Reflection.ServiceDescriptor service) =>
        from method in service.Methods
        let rule = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http)
        where rule is not null
        let verbAndTemplate = rule.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => ("GET", rule.Get),
            HttpRule.PatternOneofCase.Post => ("POST", rule.Post),
            HttpRule.PatternOneofCase.Put => ("PUT", rule.Put),
            HttpRule.PatternOneofCase.Delete => ("DELETE", rule.Delete),
            HttpRule.PatternOneofCase.Patch => ("PATCH", rule.Patch),
            HttpRule.PatternOneofCase.Custom => (rule.Custom.Kind, rule.Custom.Path),
            HttpRule.PatternOneofCase.None => throw new InvalidOperationException($"{method.FullName}: an http rule without a pattern"),
        }
        let implementation = serviceType.GetMethod(method.Name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{serviceType.Name} does not implement {method.FullName}")
        select new JsonRoute(verbAndTemplate.Item1, verbAndTemplate.Item2, rule.Body == "*", method, serviceType, implementation,
            implementation.GetCustomAttribute<AuthorizeAttribute>()?.Policy,
            implementation.GetCustomAttribute<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName);

    /// <summary>The gRPC method path, as a call context names it.</summary>
    public string GrpcPath => $"/{Method.Service.FullName}/{Method.Name}";
}
