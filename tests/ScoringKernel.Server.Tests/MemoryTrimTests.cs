using ScoringKernel.Server.Hosting;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>The trim after large workbooks (specs/performance.md "Hostile workbooks"): one collection per quiet period, none for small requests.</summary>
[Collection(ServerCollection.Name)] // serial with the tests that send large workbooks to the in-process server
public class MemoryTrimTests
{
    [Fact]
    public async Task A_burst_of_large_requests_is_followed_by_one_trim_once_quiet_and_small_ones_by_none()
    {
        var before = MemoryTrim.Trims;
        MemoryTrim.After(MemoryTrim.LargeRequestBytes - 1);
        for (var i = 0; i < 3; i++) MemoryTrim.After(MemoryTrim.LargeRequestBytes);
        await Task.Delay(MemoryTrim.Quiet / 2);
        Assert.Equal(before, MemoryTrim.Trims); // not while the burst may go on
        var deadline = DateTime.UtcNow + MemoryTrim.Quiet * 4;
        while (MemoryTrim.Trims == before && DateTime.UtcNow < deadline) await Task.Delay(100);
        await Task.Delay(MemoryTrim.Quiet);
        Assert.Equal(before + 1, MemoryTrim.Trims);
    }
}
