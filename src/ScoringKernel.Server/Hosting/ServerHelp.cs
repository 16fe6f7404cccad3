namespace ScoringKernel.Server.Hosting;

/// <summary>
/// <c>--help</c> (or <c>-h</c>): the server's options, a line each in Chinese and English, then where the whole of it is
/// written (specs/docs/operations.md). Printed instead of starting: asking for help must never open a port or a store.
/// </summary>
public static class ServerHelp
{
    public static bool Asked(string[] args) => args is ["--help" or "-h" or "-?" or "help", ..];

    private static readonly (string Option, string Zh, string En)[] Options =
    [
        ("--urls URL[;URL]", "gRPC 监听地址(默认 http://127.0.0.1:5080)", "gRPC address(es) (default http://127.0.0.1:5080)"),
        ("--json-url URL|none", "HTTP/JSON 与工作台地址(默认 http://127.0.0.1:5081)", "HTTP/JSON and workbench address (default http://127.0.0.1:5081)"),
        ("--metrics-url URL|none", "Prometheus 指标地址(默认 http://127.0.0.1:9464)", "Prometheus metrics address (default http://127.0.0.1:9464)"),
        ("--data-dir DIR", "数据文件夹(考核轮次的 rounds.db)", "data folder (the rounds' rounds.db)"),
        ("--store sqlite:FILE|postgres:CONNECTION", "事件存储(默认数据文件夹里的 SQLite)", "event store (default SQLite in the data folder)"),
        ("--rule-sets DIR", "另加载的规则集文件夹(*.yaml)", "a folder of rule-set files (*.yaml) loaded beside the embedded one"),
        ("--profile development|production", "开发(回环、明文)或生产(双向 TLS)", "development (loopback, plaintext) or production (mutual TLS)"),
        ("--tls-certificate FILE.p12", "服务器证书与私钥(生产)", "the server's certificate and key (production)"),
        ("--tls-certificate-password TEXT", "证书密码", "its password"),
        ("--client-ca FILE.pem", "签发客户端证书的 CA(生产)", "the CA that issues client certificates (production)"),
        ("--allowed-clients \"CN=…:ROLE[,ROLE];…\"", "允许的客户端及其角色", "allowed clients and their roles"),
        ("--round-signing-key FILE / --round-trusted-keys FILES", "轮次导出的签名密钥、信任的公钥", "round exports' signing key, trusted keys"),
        ("--admission true|false, --admission-server-limit N, --admission-client-limit N, --admission-queue N, --admission-retry-ms N", "耗时请求的准入控制", "admission control of expensive calls"),
        ("--json-unknown-fields refuse|ignore", "JSON 中未知字段:拒绝(默认)或忽略", "unknown JSON fields: refuse (default) or ignore"),
        ("--log-format text|json", "日志格式", "log format"),
        ("--allow-plaintext-non-loopback true", "允许非回环地址上的明文(慎用)", "allow plaintext on a non-loopback address (take care)"),
    ];

    public static void Write(TextWriter output, string program)
    {
        output.WriteLine($"用法 / usage: {program} [--选项 值 / --option value] …");
        output.WriteLine("启动 gRPC 服务器(HTTP/JSON 与浏览器工作台在其旁)。Starts the gRPC server, HTTP/JSON and the browser workbench beside it.");
        output.WriteLine();
        foreach (var (option, zh, en) in Options)
        {
            output.WriteLine($"  {option}");
            output.WriteLine($"      {zh}");
            output.WriteLine($"      {en}");
        }
        output.WriteLine();
        output.WriteLine($"  {program} openapi FILE   写出 OpenAPI 文档 / writes the OpenAPI document");
        output.WriteLine();
        output.WriteLine("全部说明 / everything: specs/docs/operations.md");
    }
}
