using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace ScoringKernel.Server.Hosting;

public enum Profile
{
    /// <summary>Plaintext, loopback only unless explicitly allowed; every caller may call every RPC.</summary>
    Development,
    /// <summary>TLS only; a client certificate from the configured CA whose subject is on the allow-list; roles per RPC.</summary>
    Production,
}

/// <summary>An allowed client: its certificate subject (e.g. <c>CN=records-system</c>) and the roles it holds.</summary>
/// <summary>What the HTTP/JSON routes do with a field name the contract does not have.</summary>
public enum UnknownJsonFields
{
    /// <summary>Refuse it, naming it (the default: an unknown name is usually a misspelling, and skipping it would lose the figure).</summary>
    Refuse,
    /// <summary>Skip it, for clients written against a newer contract.</summary>
    Ignore,
}

public sealed record AllowedClient(string Subject, IReadOnlySet<string> Roles);

/// <summary>A setting that cannot work; the server refuses to start and says which and why.</summary>
public sealed class ServerConfigurationException(string message) : Exception(message);

/// <summary>
/// The server's settings, from the command line or configuration:
/// <c>--profile development|production</c>, <c>--urls</c>, <c>--json-url</c>, <c>--json-unknown-fields refuse|ignore</c>, <c>--allow-plaintext-non-loopback</c>,
/// and for production <c>--tls-certificate</c> (PKCS#12), <c>--tls-certificate-password</c>, <c>--client-ca</c> (PEM)
/// and <c>--allowed-clients "CN=records-system:read,score;CN=dashboard:read"</c>.
/// </summary>
public sealed record ServerOptions(
    Profile Profile,
    IReadOnlyList<Uri> GrpcUrls,
    Uri? JsonUrl,
    bool AllowPlaintextNonLoopback,
    X509Certificate2? TlsCertificate,
    X509Certificate2? ClientCa,
    IReadOnlyList<AllowedClient> AllowedClients,
    UnknownJsonFields JsonUnknownFields = UnknownJsonFields.Refuse)
{
    public const string DefaultUrl = "http://127.0.0.1:5080";
    public const string DefaultJsonUrl = "http://127.0.0.1:5081";
    public static bool IsRole(string role) => Access.Roles.IsRole(role);

    public static ServerOptions From(IConfiguration config)
    {
        var profile = (config["profile"] ?? "development").ToLowerInvariant() switch
        {
            "development" => Profile.Development,
            "production" => Profile.Production,
            var other => throw new ServerConfigurationException($"--profile: must be development or production (got '{other}')"),
        };
        var urls = (config["urls"] is { Length: > 0 } u ? u : DefaultUrl)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(x => Url("--urls", x)).ToList();
        var unknownFields = (config["json-unknown-fields"] ?? "refuse").ToLowerInvariant() switch
        {
            "refuse" => UnknownJsonFields.Refuse,
            "ignore" => UnknownJsonFields.Ignore,
            var other => throw new ServerConfigurationException($"--json-unknown-fields: must be refuse or ignore (got '{other}')"),
        };
        var allowNonLoopback = bool.TryParse(config["allow-plaintext-non-loopback"], out var b) && b;
        if (profile == Profile.Development)
        {
            var jsonUrl = config["json-url"] is { Length: > 0 } j ? j : DefaultJsonUrl;
            var json = jsonUrl.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : Url("--json-url", jsonUrl);
            foreach (var url in urls.Append(json).OfType<Uri>())
            {
                if (url.Scheme != Uri.UriSchemeHttp)
                    throw new ServerConfigurationException($"{url}: the development profile serves plaintext http:// only; use --profile production for TLS");
                if (!IsLoopback(url) && !allowNonLoopback)
                    throw new ServerConfigurationException(
                        $"{url}: plaintext on a non-loopback address would expose unauthenticated scoring to the network; " +
                        "use --profile production (TLS with client certificates), or set --allow-plaintext-non-loopback true if you really mean it");
            }
            return new ServerOptions(profile, urls, json, allowNonLoopback, null, null, [], unknownFields);
        }

        foreach (var url in urls)
            if (url.Scheme != Uri.UriSchemeHttps)
                throw new ServerConfigurationException($"{url}: the production profile serves TLS only: use an https:// URL");
        var certificate = config["tls-certificate"] is { Length: > 0 } certPath
            ? Load(certPath, () => X509CertificateLoader.LoadPkcs12FromFile(certPath, config["tls-certificate-password"]), "--tls-certificate")
            : throw new ServerConfigurationException("--tls-certificate: the production profile needs the server's certificate and key (PKCS#12)");
        var ca = config["client-ca"] is { Length: > 0 } caPath
            ? Load(caPath, () => X509CertificateLoader.LoadCertificateFromFile(caPath), "--client-ca")
            : throw new ServerConfigurationException("--client-ca: the production profile needs the CA (PEM) that issues client certificates");
        var allowed = ParseAllowed(config["allowed-clients"]);
        return new ServerOptions(profile, urls, null, false, certificate, ca, allowed, unknownFields);
    }

    private static IReadOnlyList<AllowedClient> ParseAllowed(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ServerConfigurationException("--allowed-clients: the production profile needs at least one client, e.g. \"CN=records-system:read,score\"");
        var clients = new List<AllowedClient>();
        foreach (var entry in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // SUBJECT:ROLE[,ROLE]; a round role may itself hold a colon (unit:430423), so the subject ends at the first
            // colon after which every role is one the server knows.
            AllowedClient? client = null;
            IReadOnlyList<string> unknown = [];
            for (var cut = entry.IndexOf(':'); cut > 0 && client is null; cut = entry.IndexOf(':', cut + 1))
            {
                var roles = entry[(cut + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
                var bad = roles.Where(r => !IsRole(r)).ToList();
                if (roles.Count > 0 && bad.Count == 0) client = new AllowedClient(entry[..cut], roles);
                else if (unknown.Count == 0) unknown = bad;
            }
            if (client is null)
            {
                if (entry.IndexOf(':') <= 0) throw new ServerConfigurationException($"--allowed-clients: '{entry}' must be SUBJECT:ROLE[,ROLE], e.g. CN=dashboard:read");
                throw new ServerConfigurationException(
                    $"--allowed-clients: '{entry}': roles must be {string.Join(", ", Access.Roles.Plain)}, unit:CODE or department:DEPARTMENT_… (got '{string.Join(",", unknown)}')");
            }
            clients.Add(client);
        }
        // A certificate's subject matches an entry without regard to case (X.520 compares a CN so), and the round
        // records the entry's spelling: two spellings of one subject would be one client under two names.
        foreach (var same in clients.GroupBy(c => c.Subject, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var spellings = string.Join(", ", same.Select(c => $"'{c.Subject}'"));
            throw new ServerConfigurationException(
                $"--allowed-clients: {spellings} name one client (a subject is matched without regard to case), so its actions would be recorded under two names: keep one entry. " +
                $"允许名单中 {string.Join("、", same.Select(c => $"“{c.Subject}”"))} 只有大小写不同,证书主题匹配时不区分大小写,同一客户端会以两个名字记录:请只保留一项。");
        }
        return clients;
    }

    private static X509Certificate2 Load(string path, Func<X509Certificate2> load, string option)
    {
        try { return load(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new ServerConfigurationException($"{option}: cannot load '{path}': {e.Message}");
        }
    }

    private static Uri Url(string option, string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !uri.IsDefaultPort | uri.Port > 0
            ? uri
            : throw new ServerConfigurationException($"{option}: '{text}' is not an http:// or https:// URL with a host and port");

    public static IPAddress Address(Uri url) =>
        url.Host is "localhost" ? IPAddress.Loopback
        : IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) ? ip
        : throw new ServerConfigurationException($"{url}: give an IP address (or localhost) to bind to, not a host name");

    public static bool IsLoopback(Uri url) => url.Host == "localhost" || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
