using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ScoringKernel.TestSupport;

/// <summary>
/// A throwaway PostgreSQL server for tests and benchmarks: initdb into a temporary folder, started on a free loopback
/// port with its socket in that folder, stopped and deleted on dispose. As root (here and in CI) initdb refuses to
/// run, so the server's programs run as the postgres system user and the folder is given to it. When no PostgreSQL
/// programs are found the constructor throws, so the tests that need the server fail saying why.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string bin;
    private readonly string dataDir;
    private readonly bool asPostgresUser;
    private readonly string options;
    private int databases;

    /// <param name="durable">false turns fsync off: fine for correctness tests, not for measuring writes.</param>
    public PostgresServer(bool durable = false)
    {
        bin = FindBin() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: initdb and pg_ctl were found neither on PATH nor under /usr/lib/postgresql/*/bin. " +
            "Install Debian's postgresql package (apt-get install -y postgresql; tests/run-all.sh does so as root).");
        asPostgresUser = Environment.UserName == "root";
        Folder = Directory.CreateTempSubdirectory("sk-pg-").FullName;
        dataDir = Path.Combine(Folder, "data");
        if (asPostgresUser) Run("chown", "-R", "postgres:postgres", Folder);
        Port = FreeLoopbackPort();
        RunPostgres("initdb", "-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        options = $"-p {Port} -k {Folder} -c listen_addresses=127.0.0.1 -c max_connections=200" +
                      (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        Start();
    }

    /// <summary>Starts the server again after <see cref="Stop"/>, on the same port with the same data.</summary>
    public void Start() =>
        RunPostgres("pg_ctl", "start", "-D", dataDir, "-w", "-t", "60", "-l", Path.Combine(Folder, "server.log"), "-o", options);

    /// <summary>Stops the server (fast shutdown: open connections are closed), keeping its data for <see cref="Start"/>.</summary>
    public void Stop() => RunPostgres("pg_ctl", "stop", "-D", dataDir, "-m", "fast", "-w");

    /// <summary>The temporary folder: the cluster, the socket, the server's log.</summary>
    public string Folder { get; }

    public int Port { get; }

    /// <summary>Creates a new, empty database and returns an Npgsql connection string for it.</summary>
    public string CreateDatabase(string prefix = "test")
    {
        var name = $"{prefix}_{Interlocked.Increment(ref databases)}";
        RunPostgres("createdb", "-h", "127.0.0.1", "-p", Port.ToString(), "-U", "postgres", name);
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name};Pooling=true;Maximum Pool Size=100";
    }

    public void Dispose()
    {
        try
        {
            if (File.Exists(Path.Combine(dataDir, "postmaster.pid"))) Stop();
        }
        finally
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private void RunPostgres(string program, params string[] arguments)
    {
        var path = Path.Combine(bin, program);
        if (asPostgresUser) Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        else Run(path, arguments);
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not finish in 2 minutes");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
    }

    private static string? FindBin()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            // A symlink on PATH (Debian's /usr/local/bin links, say) stands for the folder holding the real programs.
            .Select(dir => Path.GetDirectoryName(new FileInfo(Path.Combine(dir, "initdb")).ResolveLinkTarget(true)?.FullName
                                                 ?? Path.Combine(dir, "initdb")))
            .FirstOrDefault(dir => dir is not null && File.Exists(Path.Combine(dir, "createdb")));
        if (onPath is not null) return onPath;
        const string debian = "/usr/lib/postgresql";
        return Directory.Exists(debian)
            ? Directory.GetDirectories(debian)
                .Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
