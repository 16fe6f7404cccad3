using System.Globalization;
using System.Text;
using ScoringKernel.Files.Workbooks;

namespace ScoringKernel.Server.Workbench;

/// <summary>
/// The page's copy of <see cref="TypedNumberForms"/>, written from it when the server starts and served as the ES module
/// <c>/workbench/typed-number-forms.js</c>: the page reads a typed number by the workbook reader's table, never its own.
/// </summary>
public static class TypedNumberFormsModule
{
    public const string Name = "typed-number-forms.js";

    public static byte[] Body() => Encoding.UTF8.GetBytes(Text());

    public static string Text()
    {
        static string Code(char c) => ((int)c).ToString(CultureInfo.InvariantCulture);
        static string Quoted(char c) => $"\"{c}\"";
        return $$"""
            // Written by the server from ScoringKernel.Files.Workbooks.TypedNumberForms: the forms a typed number may take, the
            // same table the workbook reader follows (specs/docs/decisions/0006-typed-numbers.md).
            export const TYPED_NUMBER_FORMS = Object.freeze({
              fullWidthFirst: {{Code(TypedNumberForms.FullWidthFirst)}},
              fullWidthLast: {{Code(TypedNumberForms.FullWidthLast)}},
              fullWidthShift: {{TypedNumberForms.FullWidthShift.ToString(CultureInfo.InvariantCulture)}},
              ideographicSpace: {{Code(TypedNumberForms.IdeographicSpace)}},
              groupSeparator: {{Quoted(TypedNumberForms.GroupSeparator)}},
              groupSize: {{TypedNumberForms.GroupSize.ToString(CultureInfo.InvariantCulture)}},
              decimalPoint: {{Quoted(TypedNumberForms.DecimalPoint)}},
              percentSign: {{Quoted(TypedNumberForms.PercentSign)}},
            });

            """;
    }
}
