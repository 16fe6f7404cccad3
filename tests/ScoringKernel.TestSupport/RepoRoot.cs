namespace ScoringKernel.TestSupport;

/// <summary>
/// The repository's top folder, found from the running binary by its solution file (or, for a binary run from
/// elsewhere, <c>SCORINGKERNEL_ROOT</c>): where the examples, the rule sets and <c>out/</c> are.
/// </summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    /// <summary>A file or folder below the top folder: <c>RepoRoot.Of("specs", "examples", "illustrative-2015.json")</c>.</summary>
    public static string Of(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ScoringKernel.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? Environment.GetEnvironmentVariable("SCORINGKERNEL_ROOT")
            ?? throw new InvalidOperationException("ScoringKernel.sln not found above " + AppContext.BaseDirectory + "; set SCORINGKERNEL_ROOT");
    }
}
