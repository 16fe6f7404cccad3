using System.Net;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using ScoringKernel.Contracts.V1;

namespace ScoringKernel.TestSupport;

/// <summary>
/// The server's HTTP/JSON port as the tests call it: a message or raw JSON posted (with an <c>accept-language</c> when
/// given), a 200's message read back, or a failure's <c>google.rpc.Status</c> with its details.
/// </summary>
public static class JsonPort
{
    /// <summary>Reads a <c>google.rpc.Status</c> with the details the server packs: BadRequest, ErrorInfo, LocalizedMessage, FieldViolationFacts.</summary>
    public static readonly JsonParser StatusParser = new(JsonParser.Settings.Default.WithTypeRegistry(
        TypeRegistry.FromMessages(BadRequest.Descriptor, ErrorInfo.Descriptor, LocalizedMessage.Descriptor, FieldViolationFacts.Descriptor)));

    public static Task<HttpResponseMessage> Post(this HttpClient http, string path, IMessage body, string? language = null) =>
        http.PostJson(path, JsonFormatter.Default.Format(body), language);

    public static Task<HttpResponseMessage> PostJson(this HttpClient http, string path, string json, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (language is not null) request.Headers.Add("accept-language", language);
        return http.SendAsync(request);
    }

    /// <summary>The answer's message; anything but 200 fails the test, naming the request, the status and the body.</summary>
    public static async Task<T> Ok<T>(HttpResponseMessage response) where T : IMessage<T>, new()
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
            return new JsonParser(JsonParser.Settings.Default).Parse<T>(text);
        }
    }

    /// <summary>A refused answer: its HTTP status and its <c>google.rpc.Status</c>; a 200 fails the test.</summary>
    public static async Task<(HttpStatusCode, Status)> Failed(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
                throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: expected a refusal, got 200 {text}");
            return (response.StatusCode, StatusParser.Parse<Status>(text));
        }
    }

    /// <summary>The status's one detail of type <typeparamref name="T"/>.</summary>
    public static T Detail<T>(Status status) where T : IMessage, new() =>
        status.Details.Single(d => d.Is(new T().Descriptor)).Unpack<T>();
}
