using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Problems;

/// <summary>Why a request's units do not fit the target table, or a unit's villages do not fit its row.</summary>
public abstract record UnitReason : Reason
{
    private UnitReason(string code) : base(code) { }

    /// <summary><c>Unit</c>: the unit.</summary>
    public sealed record NotInTable(UnitCode Unit) : UnitReason(WireCode)
    {
        public const string WireCode = "UNIT_NOT_IN_TABLE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Unit</c>: the unit (in the table, but in no assessment group).</summary>
    public sealed record NotScored(UnitCode Unit) : UnitReason(WireCode)
    {
        public const string WireCode = "UNIT_NOT_SCORED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Unit</c>: the unit.</summary>
    public sealed record GivenTwice(UnitCode Unit) : UnitReason(WireCode)
    {
        public const string WireCode = "UNIT_GIVEN_TWICE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Unit</c>: the unit whose figures are missing.</summary>
    public sealed record NoFigures(UnitCode Unit) : UnitReason(WireCode)
    {
        public const string WireCode = "UNIT_NO_FIGURES";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Listed</c>: the villages listed; <c>Unit</c>: the unit; <c>InTable</c>: the poor villages its row gives.</summary>
    public sealed record MoreVillagesThanTable(decimal Listed, UnitCode Unit, decimal InTable) : UnitReason(WireCode)
    {
        public const string WireCode = "VILLAGES_MORE_THAN_TABLE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Listed), new Arg.OfUnit(Unit), new Arg.Number(InTable) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Listed</c>: the villages listed; <c>Most</c>: the most allowed.</summary>
    public sealed record TooManyVillages(decimal Listed, decimal Most) : UnitReason(WireCode)
    {
        public const string WireCode = "VILLAGES_TOO_MANY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Listed), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Village</c>: the village's name (typed).</summary>
    public sealed record VillageListedTwice(string Village) : UnitReason(WireCode)
    {
        public const string WireCode = "VILLAGE_LISTED_TWICE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Village) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Unit</c>: the unit; <c>Village</c>: the village's name (typed) its self-evaluation does not list.</summary>
    public sealed record VillageNotListed(UnitCode Unit, string Village) : UnitReason(WireCode)
    {
        public const string WireCode = "VILLAGE_NOT_LISTED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit), new Arg.Typed(Village) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the units given; <c>Most</c>: the most allowed.</summary>
    public sealed record TooManyUnits(decimal Given, decimal Most) : UnitReason(WireCode)
    {
        public const string WireCode = "UNITS_TOO_MANY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Given), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }
}

/// <summary>One method per case of <see cref="UnitReason"/>.</summary>
public interface IUnitReasonVisitor<out T>
{
    T Visit(UnitReason.NotInTable reason);
    T Visit(UnitReason.NotScored reason);
    T Visit(UnitReason.GivenTwice reason);
    T Visit(UnitReason.NoFigures reason);
    T Visit(UnitReason.MoreVillagesThanTable reason);
    T Visit(UnitReason.TooManyVillages reason);
    T Visit(UnitReason.VillageListedTwice reason);
    T Visit(UnitReason.VillageNotListed reason);
    T Visit(UnitReason.TooManyUnits reason);
}
