namespace ScoringKernel.Core.Tests.Support;

/// <summary>The repository's top folder, found from the test binary by its solution file.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ScoringKernel.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ScoringKernel.sln not found above " + AppContext.BaseDirectory);
    }
}
