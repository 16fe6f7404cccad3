using System.Reflection;
using Google.Api;
using Google.Protobuf.Reflection;

namespace ScoringKernel.Server.HttpJson;

/// <summary>
/// One HTTP/JSON route, as the contract's google.api.http option declares it: verb and path template, whether the
/// request comes in the body, the gRPC method it calls, the service method that implements it and the admission
/// policy that method carries. Who may call it is the RPC's line of the role table.
/// </summary>
internal sealed record JsonRoute(string Verb, string Template, bool HasBody, MethodDescriptor Method, Type ServiceType, MethodInfo Implementation, string? RateLimiting)
{
    /// <summary>The routes of a service's rules, every rule checked first (<see cref="HttpRuleSupport"/>): one the gateway cannot serve throws.</summary>
    public static IReadOnlyList<JsonRoute> Of(Type serviceType, Google.Protobuf.Reflection.ServiceDescriptor service)
    {
        var rules = service.Methods
            .Select(method => (Method: method, Rule: method.GetOptions()?.GetExtension(AnnotationsExtensions.Http)))
            .Where(x => x.Rule is not null)
            .Select(x => (x.Method, x.Rule, Pattern: HttpRuleSupport.Check(x.Method, x.Rule!)))
            .ToList();
        return rules.Select(x =>
        {
            var implementation = serviceType.GetMethod(x.Method.Name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{serviceType.Name} does not implement {x.Method.FullName}");
            return new JsonRoute(x.Pattern.Verb, x.Pattern.Template, x.Rule!.Body == "*", x.Method, serviceType, implementation,
                implementation.GetCustomAttribute<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName);
        }).ToList();
    }

    /// <summary>The gRPC method path, as a call context names it.</summary>
    public string GrpcPath => $"/{Method.Service.FullName}/{Method.Name}";
}
