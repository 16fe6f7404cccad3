namespace ScoringKernel.TestSupport;

/// <summary>
/// The tests' own data folder: a server or command a test starts without --store keeps its rounds under a folder of this
/// test run (it and the processes it starts inherit <c>XDG_DATA_HOME</c>), never in the user's data folder. Each test
/// project that starts a server or a command calls <see cref="Use"/> from its own module initializer.
/// </summary>
public static class TestDataFolder
{
    public static void Use()
    {
        if (Environment.GetEnvironmentVariable("SCORINGKERNEL_TEST_DATA") is { Length: > 0 }) return;
        var folder = Path.Combine(Path.GetTempPath(), "scoringkernel-test-data", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Environment.SetEnvironmentVariable("SCORINGKERNEL_TEST_DATA", folder);
        Environment.SetEnvironmentVariable("XDG_DATA_HOME", folder);
        Environment.SetEnvironmentVariable("STATE_DIRECTORY", null);
    }
}
