namespace ScoringKernel.Core.Problems;

/// <summary>Why a request's units do not fit the target table, or a unit's villages do not fit its row.</summary>
public static class UnitReasons
{
    /// <summary>Args: the unit.</summary>
    public static readonly Reason NotInTable = new LegacyReason("UNIT_NOT_IN_TABLE");
    /// <summary>Args: the unit (in the table, but in no assessment group).</summary>
    public static readonly Reason NotScored = new LegacyReason("UNIT_NOT_SCORED");
    /// <summary>Args: the unit.</summary>
    public static readonly Reason GivenTwice = new LegacyReason("UNIT_GIVEN_TWICE");
    /// <summary>Args: the unit whose figures are missing.</summary>
    public static readonly Reason NoFigures = new LegacyReason("UNIT_NO_FIGURES");
    /// <summary>Args: the villages listed, the unit, the poor villages its row gives.</summary>
    public static readonly Reason MoreVillagesThanTable = new LegacyReason("VILLAGES_MORE_THAN_TABLE");
    /// <summary>Args: the villages listed, the most allowed.</summary>
    public static readonly Reason TooManyVillages = new LegacyReason("VILLAGES_TOO_MANY");
    /// <summary>Args: the village's name (typed).</summary>
    public static readonly Reason VillageListedTwice = new LegacyReason("VILLAGE_LISTED_TWICE");
    /// <summary>Args: the unit, the village's name (typed) its self-evaluation does not list.</summary>
    public static readonly Reason VillageNotListed = new LegacyReason("VILLAGE_NOT_LISTED");
    /// <summary>Args: the units given, the most allowed.</summary>
    public static readonly Reason TooManyUnits = new LegacyReason("UNITS_TOO_MANY");
}
