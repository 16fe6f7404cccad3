using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using LanguageExt;
using ScoringKernel.Core;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;
using ScoringKernel.Wire.Mapping;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application.Scoring;

/// <summary>
/// The stamp's digest, from domain values: SHA-256 of a domain line and the canonical request the inputs make — for an
/// assessment an <c>AssessRequest</c> (rule set <c>id@version</c>, the whole table, the policy, the units sorted by code,
/// decimals in canonical form, so "3580", "3580.0" and "3580.000" are one value), for an evaluation an
/// <c>EvaluateRequest</c> (its submissions sorted by unit, each unit's departments and findings in the order given).
/// The bytes are protobuf's encoding of those messages (an integrator can rebuild them with any protobuf library —
/// <c>ResultStamp.input_sha256</c> in results.proto), written here straight from the domain values into the hash: no message is built per call. The
/// table, immutable and mostly the embedded one, is encoded once per table.
/// </summary>
public static class CanonicalInputs
{
    public static readonly string KernelVersion = typeof(Kernel).Assembly.GetName().Version?.ToString(3) ?? "unknown";

    private static readonly byte[] AssessLine = Encoding.UTF8.GetBytes("scoringkernel.v1.AssessRequest canonical inputs\n");
    private static readonly byte[] EvaluateLine = Encoding.UTF8.GetBytes("scoringkernel.v1.EvaluateRequest canonical inputs\n");

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TargetTable, byte[]> TableBytes = new();

    private static byte[] Table(TargetTable table) => TableBytes.GetValue(table, t => TargetsMapping.FromDomain(t).ToByteArray());

    public static string Digest(RuleSet rules, TargetTable table, Seq<UnitFigures> figures) =>
        Sha256(AssessLine, w =>
        {
            w.String(P.AssessRequest.RuleSetIdFieldNumber, $"{rules.Id}@{rules.Version}");
            w.Encoded(P.AssessRequest.TargetTableFieldNumber, Table(table));
            foreach (var unit in figures.OrderBy(f => f.Unit.Value, StringComparer.Ordinal))
                w.Message(P.AssessRequest.UnitsFieldNumber, unit, Figures);
            w.Enum(P.AssessRequest.UnitPolicyFieldNumber, (int)EnumMapping.FromDomain(rules.Policy));
        });

    public static string Digest(RuleSet rules, TargetTable table, Seq<UnitSubmission> submissions) =>
        Sha256(EvaluateLine, w =>
        {
            w.String(P.EvaluateRequest.RuleSetIdFieldNumber, $"{rules.Id}@{rules.Version}");
            w.Encoded(P.EvaluateRequest.TargetTableFieldNumber, Table(table));
            foreach (var s in submissions.OrderBy(s => s.SelfEvaluation.Unit.Value, StringComparer.Ordinal))
                w.Message(P.EvaluateRequest.SubmissionsFieldNumber, s, Submission);
            w.Enum(P.EvaluateRequest.UnitPolicyFieldNumber, (int)EnumMapping.FromDomain(rules.Policy));
        });

    private static void Figures(ProtoWriter w, UnitFigures f)
    {
        w.String(P.UnitFigures.UnitCodeFieldNumber, f.Unit.Value);
        w.Message(P.UnitFigures.PovertyReductionFieldNumber, f.PovertyReduction, static (w, m) =>
        {
            w.OptionalInt(P.PovertyReductionFigures.PersonsLiftedFieldNumber, m.PersonsLifted);
            w.OptionalBool(P.PovertyReductionFigures.DynamicManagementFieldNumber, m.DynamicManagement);
        });
        w.Message(P.UnitFigures.TargetedAssistanceFieldNumber, f.TargetedAssistance, static (w, m) =>
        {
            w.OptionalInt(P.TargetedAssistanceFigures.PersonsReachedFieldNumber, m.PersonsReached);
            w.OptionalInt(P.TargetedAssistanceFigures.HouseholdsReachedFieldNumber, m.HouseholdsReached);
        });
        w.Message(P.UnitFigures.VillageIncomeFieldNumber, f.VillageIncome, static (w, m) =>
        {
            w.Decimal(P.VillageIncomeFigures.IncomeYuanFieldNumber, m.IncomeYuan);
            w.Decimal(P.VillageIncomeFigures.GrowthPercentFieldNumber, m.GrowthPercent);
        });
        w.Message(P.UnitFigures.HouseRenovationFieldNumber, f.HouseRenovation, static (w, m) =>
            w.OptionalInt(P.HouseRenovationFigures.HouseholdsRenovatedFieldNumber, m.HouseholdsRenovated));
        w.Message(P.UnitFigures.LeadershipFieldNumber, f.Leadership, static (w, m) =>
        {
            w.OptionalBool(P.LeadershipFigures.SpecialStudyFieldNumber, m.SpecialStudy);
            w.OptionalBool(P.LeadershipFigures.TopLeaderResponsibilityFieldNumber, m.TopLeaderResponsibility);
            w.OptionalBool(P.LeadershipFigures.PlanWithMeasuresFieldNumber, m.PlanWithMeasures);
        });
        w.Message(P.UnitFigures.VillageAssistanceFieldNumber, f.VillageAssistance, static (w, m) =>
        {
            foreach (var v in m.Villages)
                w.Message(P.VillageAssistanceFigures.VillagesFieldNumber, v, static (w, v) =>
                {
                    w.String(P.VillageFigures.NameFieldNumber, v.Name);
                    w.OptionalBool(P.VillageFigures.ResidentTeamFieldNumber, v.ResidentTeam);
                    w.Decimal(P.VillageFigures.ProjectInvestmentWanFieldNumber, v.ProjectInvestmentWan);
                });
            w.Decimal(P.VillageAssistanceFigures.FundsPledgedWanFieldNumber, m.FundsPledgedWan);
            w.Decimal(P.VillageAssistanceFigures.FundsDeliveredWanFieldNumber, m.FundsDeliveredWan);
        });
        w.Message(P.UnitFigures.SocialInvestmentFieldNumber, f.SocialInvestment, static (w, m) =>
        {
            w.Decimal(P.SocialInvestmentFigures.SocialInvestmentWanFieldNumber, m.SocialInvestmentWan);
            w.OptionalBool(P.SocialInvestmentFigures.PovertyDayHeldFieldNumber, m.PovertyDayHeld);
        });
        w.Message(P.UnitFigures.TotalInvestmentFieldNumber, f.TotalInvestment, static (w, m) =>
            w.Decimal(P.TotalInvestmentFigures.TotalInvestmentWanFieldNumber, m.TotalInvestmentWan));
        w.Message(P.UnitFigures.OwnBudgetFieldNumber, f.OwnBudget, static (w, m) =>
        {
            w.Decimal(P.OwnBudgetFigures.OwnBudgetWanFieldNumber, m.OwnBudgetWan);
            w.OptionalBool(P.OwnBudgetFigures.OtherFundsCompliantFieldNumber, m.OtherFundsCompliant);
        });
        w.Message(P.UnitFigures.WorkSystemsFieldNumber, f.WorkSystems, static (w, m) =>
            w.Decimal(P.WorkSystemsFigures.ImplementationPercentFieldNumber, m.ImplementationPercent));
        w.Bool(P.UnitFigures.FundsMisusedFieldNumber, f.FundsMisused);
    }

    private static void Submission(ProtoWriter w, UnitSubmission s)
    {
        w.Message(P.UnitSubmission.SelfEvaluationFieldNumber, s.SelfEvaluation, Figures);
        foreach (var d in s.Departments)
            w.Message(P.UnitSubmission.DepartmentsFieldNumber, d, static (w, d) =>
            {
                w.Enum(P.DepartmentFigures.DepartmentFieldNumber, (int)EnumMapping.FromDomain(d.Department));
                foreach (var v in d.Figures)
                    w.Message(P.DepartmentFigures.FiguresFieldNumber, v, static (w, v) =>
                    {
                        w.Message(P.FigureValue.FigureFieldNumber, v.Figure, Figure);
                        w.Decimal(P.FigureValue.ValueFieldNumber, v.Value);
                    });
            });
        foreach (var f in s.Findings)
            w.Message(P.UnitSubmission.FindingsFieldNumber, f, static (w, f) =>
            {
                w.Message(P.Finding.FigureFieldNumber, f.Figure, Figure);
                w.Decimal(P.Finding.ValueFieldNumber, f.Value);
                w.Enum(P.Finding.CheckFieldNumber, (int)EnumMapping.FromDomain(f.Check));
                w.String(P.Finding.DateFieldNumber, f.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                w.String(P.Finding.NoteFieldNumber, f.Note);
            });
    }

    /// <summary>A oneof: the field that is set is written even when it holds its type's default.</summary>
    private static void Figure(ProtoWriter w, FigureRef f) => f.Match(
        u => { w.OneofEnum(P.FigureRef.FieldFieldNumber, (int)EnumMapping.FromDomain(u.Field)); return LanguageExt.Unit.Default; },
        v =>
        {
            w.Message(P.FigureRef.VillageFieldNumber, v, static (w, v) =>
            {
                w.String(P.VillageFigureRef.NameFieldNumber, v.Village);
                w.Enum(P.VillageFigureRef.FieldFieldNumber, (int)EnumMapping.FromDomain(v.Field));
            });
            return LanguageExt.Unit.Default;
        });

    private static string Sha256(byte[] line, Action<ProtoWriter> write)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(line);
        var w = new ProtoWriter(sha);
        write(w);
        w.Flush();
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>
    /// Protobuf's encoding, as Google.Protobuf writes it: fields in number order, a proto3 scalar left out when it holds
    /// its default, an <c>optional</c> one written whenever present, a message length-delimited (its body written first,
    /// then moved behind its tag and length). Each top-level field goes into the hash as soon as it is written.
    /// </summary>
    private sealed class ProtoWriter(IncrementalHash sha)
    {
        private byte[] buffer = new byte[1024];
        private int length;
        private int depth;

        /// <summary>What is written so far into the hash; only between top-level fields, where no length waits for its body.</summary>
        public void Flush()
        {
            if (depth != 0) return;
            sha.AppendData(buffer, 0, length);
            length = 0;
        }

        public void String(int field, string value)
        {
            if (value.Length == 0) return;
            Tag(field, 2);
            var count = Encoding.UTF8.GetByteCount(value);
            Varint((ulong)count);
            Ensure(count);
            length += Encoding.UTF8.GetBytes(value, buffer.AsSpan(length));
        }

        public void Decimal(int field, decimal value) => String(field, DecimalParsing.Format(value));

        /// <summary>An encoded message (set, so written even when empty).</summary>
        public void Encoded(int field, byte[] value)
        {
            if (depth != 0) throw new InvalidOperationException("an encoded message is written at the top level only");
            Tag(field, 2);
            Varint((ulong)value.Length);
            Flush();
            sha.AppendData(value);
        }

        public void Bool(int field, bool value) { if (value) OptionalBool(field, true); }

        public void OptionalBool(int field, bool value) { Tag(field, 0); Varint(value ? 1UL : 0UL); }

        public void OptionalInt(int field, int value) { Tag(field, 0); Varint((ulong)(long)value); }

        public void Enum(int field, int value) { if (value != 0) OneofEnum(field, value); }

        public void OneofEnum(int field, int value) { Tag(field, 0); Varint((ulong)(long)value); }

        public void Message<T>(int field, T value, Action<ProtoWriter, T> body)
        {
            Tag(field, 2);
            // The length is not known before the body: write the body, then move it behind the length's varint.
            var start = length;
            depth++;
            body(this, value);
            depth--;
            var size = length - start;
            var prefix = VarintSize((ulong)size);
            Ensure(prefix);
            buffer.AsSpan(start, size).CopyTo(buffer.AsSpan(start + prefix));
            var end = length + prefix;
            length = start;
            Varint((ulong)size);
            length = end;
            Flush();
        }

        private void Tag(int field, int wireType) => Varint((ulong)((field << 3) | wireType));

        private void Varint(ulong value)
        {
            Ensure(10);
            while (value >= 0x80)
            {
                buffer[length++] = (byte)(value | 0x80);
                value >>= 7;
            }
            buffer[length++] = (byte)value;
        }

        private static int VarintSize(ulong value)
        {
            var size = 1;
            while (value >= 0x80) { value >>= 7; size++; }
            return size;
        }

        private void Ensure(int more)
        {
            if (length + more <= buffer.Length) return;
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
        }
    }
}
