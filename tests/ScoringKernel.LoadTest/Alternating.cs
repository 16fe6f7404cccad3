namespace ScoringKernel.LoadTest;

/// <summary>
/// Two servers measured in turn (A B A B …) so that both meet the same machine: round 1 warms both up, each later
/// round gives one ratio of two phases run back to back, and their median is what one noisy phase cannot move far.
/// </summary>
public static class Alternating
{
    public static async Task<List<PhaseResult>> RunAsync(IReadOnlyList<(string Label, ServerProcess Server)> servers, int rounds,
        Func<string, ServerProcess, int, Task<PhaseResult>> phase)
    {
        var results = new List<PhaseResult>();
        for (var round = 1; round <= rounds; round++)
            foreach (var (label, server) in servers)
                results.Add(await phase(label, server, round));
        return results;
    }

    /// <summary>"per round from round 2: …; median …" for the first server's throughput over the second's.</summary>
    public static string Ratios(IReadOnlyList<PhaseResult> results)
    {
        var ratios = results.Skip(2).Chunk(2).Where(pair => pair.Length == 2).Select(pair => pair[0].RequestsPerSecond / pair[1].RequestsPerSecond).Order().ToArray();
        var median = ratios.Length == 0 ? double.NaN : ratios.Length % 2 == 1 ? ratios[ratios.Length / 2] : (ratios[ratios.Length / 2 - 1] + ratios[ratios.Length / 2]) / 2;
        return $"per round from round 2: {string.Join(", ", ratios.Select(x => x.ToString("P1")))}; median {median:P1}";
    }
}
