namespace ScoringKernel.Store;

/// <summary>
/// Where the office's rounds are kept when no <c>--store</c> is given: a data folder outside the source tree, so that a
/// <c>git clean</c> or a fresh checkout never takes the year with it. The first of: <c>--data-dir</c> (relative to the
/// caller's working directory); <c>$STATE_DIRECTORY</c>, which systemd sets for a service with <c>StateDirectory=</c>
/// (<c>/var/lib/scoringkernel</c>); <c>$XDG_DATA_HOME/scoringkernel</c>; the user's local data folder
/// (<c>~/.local/share/scoringkernel</c> on Linux, <c>%LOCALAPPDATA%\scoringkernel</c> on Windows).
/// </summary>
public sealed record DataFolder(string Path, string Source)
{
    public const string Name = "scoringkernel";

    public const string StoreFile = "rounds.db";

    /// <summary>The data folder the option names, or the service's or the user's.</summary>
    public static DataFolder Resolve(string? option, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(option)) return new(System.IO.Path.GetFullPath(option), "--data-dir");
        // systemd joins several StateDirectory= folders with ':'; the first is the service's own.
        if (environment("STATE_DIRECTORY") is { Length: > 0 } state) return new(System.IO.Path.GetFullPath(state.Split(':')[0]), "$STATE_DIRECTORY");
        if (environment("XDG_DATA_HOME") is { Length: > 0 } xdg && System.IO.Path.IsPathRooted(xdg))
            return new(System.IO.Path.Combine(xdg, Name), "$XDG_DATA_HOME");
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(local))
            local = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return new(System.IO.Path.Combine(local, Name), "user data folder");
    }

    /// <summary>The store setting of the SQLite file in this folder.</summary>
    public string StoreSetting => "sqlite:" + System.IO.Path.Combine(Path, StoreFile);
}
