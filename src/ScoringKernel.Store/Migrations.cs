using DbUp.Builder;

namespace ScoringKernel.Store;

/// <summary>
/// Brings the schema up to date at start-up with DbUp: the numbered scripts under Migrations/&lt;provider&gt;/,
/// embedded in this assembly, each applied once in a transaction and recorded in DbUp's journal table
/// (SchemaVersions), so opening a current database applies nothing.
/// </summary>
internal static class Migrations
{
    public static SchemaState Apply(UpgradeEngineBuilder target, string providerFolder)
    {
        var prefix = $"{typeof(Migrations).Namespace}.Migrations.{providerFolder}.";
        var engine = target
            .WithScriptsEmbeddedInAssembly(typeof(Migrations).Assembly, name => name.StartsWith(prefix, StringComparison.Ordinal))
            .WithTransaction()
            .LogToNowhere()
            .Build();
        var result = engine.PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException(
                $"event store schema: migration {result.ErrorScript?.Name ?? "(unknown)"} failed: {result.Error?.Message}", result.Error);
        return new SchemaState(engine.GetExecutedScripts(), result.Scripts.Select(s => s.Name).ToList());
    }
}
