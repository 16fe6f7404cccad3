namespace ScoringKernel.Store.Tests;

internal static class Events
{
    public static NewEvent Numbered(int i, string actor = "office") =>
        new($"Figure{i % 3}Submitted", $$"""{"n":{{i}},"note":"第{{i}}次"}""", actor);

    public static IReadOnlyList<NewEvent> Batch(int count, int from = 1, string actor = "office") =>
        Enumerable.Range(from, count).Select(i => Numbered(i, actor)).ToList();
}
