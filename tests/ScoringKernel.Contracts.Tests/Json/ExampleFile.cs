namespace ScoringKernel.Contracts.Tests.Json;

public static class ExampleFile
{
    public static string Path { get; } = System.IO.Path.Combine(Root(), "specs", "examples", "illustrative-2015.json");

    public static string Text { get; } = File.ReadAllText(Path);

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ScoringKernel.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ScoringKernel.sln not found");
    }
}
