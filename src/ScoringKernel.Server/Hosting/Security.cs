using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication.Certificate;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using ScoringKernel.Server.Access;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace ScoringKernel.Server.Hosting;

/// <summary>Endpoints and who may call what, per profile.</summary>
public static class Security
{
    public static void ConfigureEndpoints(KestrelServerOptions kestrel, ServerOptions options, ILogger log)
    {
        foreach (var url in options.GrpcUrls)
        {
            if (options.Profile == Profile.Production)
            {
                // One TLS port for gRPC and HTTP/JSON (ALPN picks the protocol); every connection shows a client certificate.
                kestrel.Listen(ServerOptions.Address(url), url.Port, o =>
                {
                    o.Protocols = HttpProtocols.Http1AndHttp2;
                    o.UseHttps(options.TlsCertificate!, https =>
                    {
                        https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
                        // Chain and allow-list are checked by the certificate authentication handler, which can say why.
                        https.AllowAnyClientCertificate();
                    });
                    HttpJson.RejectedRequests.Use(o);
                });
            }
            else
            {
                Warn(url, options, log);
                kestrel.Listen(ServerOptions.Address(url), url.Port, o => o.Protocols = HttpProtocols.Http2);
            }
        }
        if (options.JsonUrl is { } json)
        {
            Warn(json, options, log);
            kestrel.Listen(ServerOptions.Address(json), json.Port, o =>
            {
                o.Protocols = HttpProtocols.Http1;
                HttpJson.RejectedRequests.Use(o);
            });
        }
    }

    private static void Warn(Uri url, ServerOptions options, ILogger log)
    {
        if (!ServerOptions.IsLoopback(url) && options.AllowPlaintextNonLoopback)
            log.LogWarning("PLAINTEXT ON A NON-LOOPBACK ADDRESS: {Url} serves unauthenticated, unencrypted scoring to the network because --allow-plaintext-non-loopback is set. Use --profile production.", url);
    }

    public static void AddServices(IServiceCollection services, ServerOptions options)
    {
        if (options.Profile == Profile.Development)
        {
            services.AddAuthorization(a =>
            {
                foreach (var policy in Policies.Names)
                    a.AddPolicy(policy, p => p.RequireAssertion(_ => true));
            });
            return;
        }
        // Matched without regard to case; the client's name from here on is the allow-list's spelling (ServerOptions
        // refuses two entries that differ only by case).
        var allowed = options.AllowedClients.ToDictionary(c => c.Subject, StringComparer.OrdinalIgnoreCase);
        services.AddAuthentication(CertificateAuthenticationDefaults.AuthenticationScheme).AddCertificate(c =>
        {
            c.AllowedCertificateTypes = CertificateTypes.Chained;
            c.ChainTrustValidationMode = X509ChainTrustMode.CustomRootTrust;
            c.CustomTrustStore.Add(options.ClientCa!);
            c.RevocationMode = X509RevocationMode.NoCheck;
            c.ValidateCertificateUse = true;
            c.Events = new CertificateAuthenticationEvents
            {
                OnCertificateValidated = context =>
                {
                    var subject = context.ClientCertificate.Subject;
                    if (!allowed.TryGetValue(subject, out var client))
                    {
                        context.Fail($"client {subject} is not on the allow-list");
                        return Task.CompletedTask;
                    }
                    var claims = client.Roles.Select(r => new Claim(ClaimTypes.Role, r)).Append(new Claim(ClaimTypes.Name, client.Subject));
                    context.Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, context.Scheme.Name));
                    context.Success();
                    return Task.CompletedTask;
                },
                // The handler answers a failed certificate with 403; a caller that is not authenticated is told so
                // (401, which gRPC reports as UNAUTHENTICATED), keeping 403 (PERMISSION_DENIED) for a missing role.
                OnChallenge = context =>
                {
                    context.HandleResponse();
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                },
            };
        });
        // Deny by default: the fallback policy applies the role table to every endpoint; the refusals speak (Refusals).
        var table = RoleTablePolicy.Build();
        services.AddAuthorization(a =>
        {
            a.FallbackPolicy = table;
            a.DefaultPolicy = table;
            foreach (var name in Policies.Names) a.AddPolicy(name, table);
        });
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, Refusals>();
    }
}
