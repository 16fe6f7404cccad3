using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using PuppeteerSharp;
using ScoringKernel.Server;
using ScoringKernel.TestSupport;
using Xunit;

namespace ScoringKernel.Workbench.Tests;

/// <summary>
/// The page in the production profile, opened by a clerk whose certificate lacks <c>score</c>: the scoring and the
/// downloads that run the kernel are refused, and the page says in Chinese which role the certificate lacks. The browser holds
/// no certificate here; a loopback relay made by the test presents the office's, as the clerk's browser would.
/// </summary>
[Collection(WorkbenchCollection.Name)]
public sealed class RoleRefusalTests(WorkbenchFixture fixture) : IAsyncLifetime
{
    private readonly TestCertificates files = new();
    private readonly X509Certificate2 ca = TestCertificates.Authority("ScoringKernel test CA");
    private WebApplication server = null!;
    private WebApplication relay = null!;
    private HttpClient upstream = null!;
    private readonly string store = Path.Combine(Path.GetTempPath(), $"role-refusal-{Guid.NewGuid():N}.db");

    public async Task InitializeAsync()
    {
        server = ScoringServer.Build([
            "--profile", "production", "--urls", "https://127.0.0.1:0",
            "--tls-certificate", files.WritePfx(TestCertificates.Issue(ca, "CN=scoringkernel.test", server: true), "server.pfx"),
            "--client-ca", files.WritePem(ca, "ca.pem"),
            "--allowed-clients", "CN=office:office,read",
            "--metrics-url", "none", "--store", "sqlite:" + store, "--Logging:LogLevel:Default=Warning",
        ]);
        await server.StartAsync();
        upstream = new HttpClient(new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                ClientCertificates = [TestCertificates.Issue(ca, "CN=office", server: false)],
                RemoteCertificateValidationCallback = (_, _, _, _) => true, // the relay talks to the test's own server only
            },
        }) { BaseAddress = new Uri(ScoringServer.Addresses(server)[0]) };

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        relay = builder.Build();
        relay.Run(Relay);
        await relay.StartAsync();
    }

    private async Task Relay(HttpContext http)
    {
        using var request = new HttpRequestMessage(new HttpMethod(http.Request.Method), http.Request.Path + http.Request.QueryString);
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            request.Content = new StreamContent(http.Request.Body);
            if (http.Request.ContentType is { } type) request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        }
        request.Headers.TryAddWithoutValidation("Accept-Language", http.Request.Headers.AcceptLanguage.ToArray());
        using var response = await upstream.SendAsync(request, http.RequestAborted);
        http.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Content.Headers.Concat(response.Headers))
            if (name is not ("Content-Length" or "Transfer-Encoding")) http.Response.Headers[name] = values.ToArray();
        await response.Content.CopyToAsync(http.Response.Body);
    }

    public async Task DisposeAsync()
    {
        await relay.StopAsync();
        await relay.DisposeAsync();
        await server.StopAsync();
        await server.DisposeAsync();
        upstream.Dispose();
        files.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { store, store + "-wal", store + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    [Fact]
    public async Task A_page_whose_certificate_lacks_score_says_so_in_Chinese_naming_the_role()
    {
        var page = await fixture.Browser.NewPageAsync();
        try
        {
            await page.SetViewportAsync(new ViewPortOptions { Width = 1366, Height = 768 });
            await page.GoToAsync($"{ScoringServer.Addresses(relay)[0].TrimEnd('/')}/?demo#/figures", WaitUntilNavigation.Networkidle0);
            // In demo mode the workbench scores the example it holds as it opens (Assess), then offers their downloads: both need score.
            await page.WaitForFunctionAsync("() => document.getElementById('view').textContent.startsWith('无法载入')");
            Assert.Equal("无法载入:您的证书没有所需的角色“score”,请联系系统管理员在允许名单中为证书加上该角色(CN=office 没有此项权限,需要角色 score)",
                await page.EvaluateExpressionAsync<string>("document.getElementById('view').textContent"));
            // A download asked all the same is refused in the same words.
            var download = await page.EvaluateFunctionAsync<string>(@"async () => {
                const { call, errorText } = await import('/workbench/api.js');
                try { await call('/workbench/files/notice.docx', { body: {}, raw: true }); return 'served'; } catch (e) { return errorText(e); }
            }");
            Assert.Equal("您的证书没有所需的角色“score”,请联系系统管理员在允许名单中为证书加上该角色(CN=office 没有此项权限,需要角色 score)", download);
            await page.ScreenshotAsync(Path.Combine(fixture.Out, "workbench-role-refused.png"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
