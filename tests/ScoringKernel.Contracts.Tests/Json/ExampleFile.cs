using ScoringKernel.TestSupport;

namespace ScoringKernel.Contracts.Tests.Json;

public static class ExampleFile
{
    public static string Path { get; } = RepoRoot.Of("specs", "examples", "illustrative-2015.json");

    public static string Text { get; } = File.ReadAllText(Path);
}
