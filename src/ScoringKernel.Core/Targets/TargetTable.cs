using LanguageExt;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Targets;

/// <summary>Attachment 2: the total row (if any), the scored units and the zones, in the table's order.</summary>
public sealed record TargetTable
{
    public const int MaxRows = 100_000;

    public Seq<TargetRow> Rows { get; }
    public Seq<UnitTargets> Units { get; }
    private readonly HashMap<UnitCode, UnitTargets> byCode;

    private TargetTable(Seq<TargetRow> rows)
    {
        Rows = rows;
        Units = rows.Choose(r => r.ScoredTargets).Strict();
        byCode = toHashMap(Units.Map(u => (u.Code, u)));
    }

    public static Validation<Problem, TargetTable> Create(Seq<TargetRow> rows)
    {
        if (rows.Count > MaxRows)
            return Valid.Fail<TargetTable>("rows", $"at most {MaxRows} rows (got {rows.Count})");
        var problems = new List<Problem>();
        var seen = new System.Collections.Generic.HashSet<UnitCode>();
        var i = 0;
        foreach (var row in rows)
        {
            if (!seen.Add(row.Code))
                problems.Add(new Problem($"rows[{i}].code", $"unit {row.Code} appears more than once"));
            i++;
        }
        if (rows.Count(r => r.Kind == RowKind.Total) > 1)
            problems.Add(new Problem("rows", "at most one total row"));
        if (rows.Count(r => r.Kind.ScoredKind().IsSome) == 0)
            problems.Add(new Problem("rows", "no scored unit (county, county_city or district row)"));
        return problems.Count == 0
            ? Valid.Ok(new TargetTable(rows))
            : Fail<Problem, TargetTable>(toSeq(problems).Strict());
    }

    public Option<UnitTargets> Find(UnitCode code) => byCode.Find(code);

    public Option<TargetRow> Total => Rows.Find(r => r.Kind == RowKind.Total);

    public TargetTable WithRow(TargetRow row) =>
        new(Rows.Map(r => r.Code == row.Code ? row : r).Strict());

    public bool Equals(TargetTable? other) => other is not null && Rows.Equals(other.Rows);
    public override int GetHashCode() => Rows.GetHashCode();
}
