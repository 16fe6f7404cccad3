using System.Runtime.CompilerServices;

namespace ScoringKernel.Server.Tests;

internal static class UseTestDataFolder
{
    /// <summary>A server or command started without a store setting keeps its rounds in this test run's folder, not the user's.</summary>
    [ModuleInitializer]
    internal static void Use() => ScoringKernel.TestSupport.TestDataFolder.Use();
}
