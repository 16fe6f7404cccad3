using System.Text.RegularExpressions;
using Google.Api;
using Google.Protobuf.Reflection;
using ScoringKernel.Server.Hosting;

namespace ScoringKernel.Server.HttpJson;

/// <summary>
/// What the gateway serves of a google.api.http rule, checked as the routes are built, so that a rule it would serve
/// wrongly (or not at all) stops the server at start-up instead: one binding with GET, POST, PUT, DELETE or PATCH; a
/// path of literal segments (the last may end in a <c>:verb</c>) and whole-segment <c>{field}</c> variables naming a
/// singular scalar field of the request; <c>body: "*"</c> without path variables, or no body (then path variables and
/// query parameters fill the request); no <c>response_body</c>; no client streaming.
/// </summary>
internal static partial class HttpRuleSupport
{
    /// <summary>The rule's verb and path template, or a <see cref="ServerConfigurationException"/> naming the RPC, the rule and what is not served.</summary>
    public static (string Verb, string Template) Check(MethodDescriptor method, HttpRule rule)
    {
        var (verb, template) = rule.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => ("GET", rule.Get),
            HttpRule.PatternOneofCase.Post => ("POST", rule.Post),
            HttpRule.PatternOneofCase.Put => ("PUT", rule.Put),
            HttpRule.PatternOneofCase.Delete => ("DELETE", rule.Delete),
            HttpRule.PatternOneofCase.Patch => ("PATCH", rule.Patch),
            HttpRule.PatternOneofCase.Custom => (rule.Custom.Kind, rule.Custom.Path),
            HttpRule.PatternOneofCase.None => ("", ""),
        };
        if (Problem(method, rule, verb, template) is { } problem)
            throw new ServerConfigurationException($"the HTTP/JSON gateway cannot serve the google.api.http rule of {method.FullName} ({rule}): {problem}");
        return (verb, template);
    }

    private static string? Problem(MethodDescriptor method, HttpRule rule, string verb, string template)
    {
        if (rule.PatternCase == HttpRule.PatternOneofCase.None) return "the rule has no pattern (get, post, put, delete or patch)";
        if (rule.PatternCase == HttpRule.PatternOneofCase.Custom) return $"the custom method \"{verb}\" is not served: use get, post, put, delete or patch";
        if (rule.AdditionalBindings.Count > 0) return "additional_bindings are not served: one rule per RPC";
        if (rule.ResponseBody.Length > 0) return $"response_body \"{rule.ResponseBody}\" is not served: the whole response is the body";
        if (method.IsClientStreaming) return "a client-streaming RPC is not served over HTTP/JSON";
        if (rule.Body is not ("" or "*")) return $"body \"{rule.Body}\" is not served: the body is the whole request (\"*\") or there is none";
        if (rule.Body == "*" && verb == "GET") return "a GET has no body";
        if (!template.StartsWith('/')) return $"the path \"{template}\" does not start with /";

        var segments = template[1..].Split('/');
        var variables = 0;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (Variable().Match(segment) is { Success: true } variable)
            {
                variables++;
                var name = variable.Groups[1].Value;
                var field = method.InputType.FindFieldByName(name);
                if (field is null) return $"the path variable {{{name}}} names no field of {method.InputType.FullName}";
                if (field.IsRepeated || field.IsMap || field.FieldType is FieldType.Message or FieldType.Group)
                    return $"the path variable {{{name}}} names a repeated or message field: only a singular scalar field is served";
            }
            else if (segment.Contains('{') || segment.Contains('}'))
                return $"the path segment \"{segment}\" is not served: a variable is a whole segment, {{field}}, naming a field at the top of the request, without =pattern or :verb";
            else if (segment.Contains('*'))
                return $"the path segment \"{segment}\" is not served: wildcards are not";
            else if (!Literal().IsMatch(segment) || (segment.Contains(':') && i < segments.Length - 1))
                return $"the path segment \"{segment}\" is not served: literals are letters, digits and . _ ~ -, and only the last may end in :verb";
        }
        if (variables > 0 && rule.Body == "*") return "path variables beside body \"*\" are not served: the body alone fills the request";
        return null;
    }

    [GeneratedRegex(@"^\{([A-Za-z_][A-Za-z0-9_]*)\}$")]
    private static partial Regex Variable();

    [GeneratedRegex(@"^[A-Za-z0-9._~-]+(:[A-Za-z][A-Za-z0-9_]*)?$")]
    private static partial Regex Literal();
}
