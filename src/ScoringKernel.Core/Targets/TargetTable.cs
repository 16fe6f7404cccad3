using LanguageExt;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Targets;

/// <summary>Attachment 2: the total row (if any), the scored units and the zones, in the table's order.</summary>
public sealed record TargetTable
{
    public const int MaxRows = 20_000;

    public Seq<TargetRow> Rows { get; }
    public Seq<UnitTargets> Units { get; }
    private readonly Dictionary<UnitCode, UnitTargets> byCode;
    private readonly Lazy<Seq<TableIssue>> issues;

    private TargetTable(Seq<TargetRow> rows)
    {
        Rows = rows;
        Units = rows.Choose(r => r.ScoredTargets).Strict();
        byCode = Units.ToDictionary(u => u.Code);
        UnitsByCode = Units.OrderBy(u => u.Code.Value, StringComparer.Ordinal).ToArray();
        issues = new Lazy<Seq<TableIssue>>(() => TargetTableCheck.Validate(this));
    }

    /// <summary>What <see cref="TargetTableCheck.Validate"/> reports of this table, computed once: the table is immutable.</summary>
    public Seq<TableIssue> Issues => issues.Value;

    public static Validation<Problem, TargetTable> Create(Seq<TargetRow> rows)
    {
        if (rows.Count > MaxRows)
            return Valid.Fail<TargetTable>(Step.TargetRows.Instance, new TargetReason.TooManyRows(rows.Count, MaxRows));
        var seen = new System.Collections.Generic.HashSet<UnitCode>();
        var repeated = rows.Select((row, i) => (row, i)).Where(x => !seen.Add(x.row.Code))
            .Select(x => Problem.Of(new TargetReason.RowRepeated(x.row.Code)).Under(new Step.TargetRowEntry(x.i, x.row.Code), new Step.TargetColumnOf(TargetColumn.Code))).ToSeq().Strict();
        var problems = repeated
            + (rows.Count(r => r.Kind == RowKind.Total) > 1 ? Seq1(Problem.Of(new TargetReason.SeveralTotalRows()).Under(Step.TargetRows.Instance)) : Seq<Problem>())
            + (rows.Exists(r => r.Kind.ScoredKind().IsSome) ? Seq<Problem>() : Seq1(Problem.Of(new TargetReason.NoScoredUnit()).Under(Step.TargetRows.Instance)));
        return problems.IsEmpty
            ? Valid.Ok(new TargetTable(rows))
            : Fail<Problem, TargetTable>(problems);
    }

    /// <summary>The scored units ordered by code, the order score cards are given in.</summary>
    public IReadOnlyList<UnitTargets> UnitsByCode { get; }

    public Option<UnitTargets> Find(UnitCode code) => byCode.TryGetValue(code, out var unit) ? Some(unit) : None;

    public bool TryFind(UnitCode code, out UnitTargets unit) => byCode.TryGetValue(code, out unit!);

    public Option<TargetRow> Total => Rows.Find(r => r.Kind == RowKind.Total);

    public TargetTable WithRow(TargetRow row) =>
        new(Rows.Map(r => r.Code == row.Code ? row : r).Strict());

    /// <summary>The table with each row of a code in <paramref name="changed"/> replaced, in one pass.</summary>
    public TargetTable WithRows(HashMap<UnitCode, TargetRow> changed) =>
        changed.IsEmpty ? this : new(Rows.Map(r => changed.Find(r.Code).IfNone(r)).Strict());

    public bool Equals(TargetTable? other) => other is not null && Rows.Equals(other.Rows);
    public override int GetHashCode() => Rows.GetHashCode();
}
