using Google.Protobuf.Reflection;
using ScoringKernel.Contracts.V1;

namespace ScoringKernel.Server.OpenApi;

/// <summary>
/// Which string fields of the contract carry decimals (<c>format: decimal</c> in the OpenAPI document): those the
/// contract marks <c>[(scoringkernel.v1.decimal) = true]</c> (protos/scoringkernel/v1/decimal.proto). A decimal is a
/// proto <c>string</c>; the mark is what says so.
/// </summary>
internal static class DecimalFields
{
    public static bool IsDecimal(FieldDescriptor field) =>
        field.FieldType == FieldType.String && field.GetOptions()?.GetExtension(DecimalExtensions.Decimal) == true;
}
