namespace ScoringKernel.Contracts.Tests.Json;

public static class ExampleFile
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(Root(), "specs", "examples", "illustrative-2015.json"));

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ScoringKernel.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ScoringKernel.sln not found");
    }
}
