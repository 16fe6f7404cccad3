namespace ScoringKernel.Store;

/// <summary>The schema's migration scripts as the database's journal records them, oldest first, and those that
/// this start-up applied (none when the schema was already current).</summary>
public sealed record SchemaState(IReadOnlyList<string> Applied, IReadOnlyList<string> AppliedNow);
