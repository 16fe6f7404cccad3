using System.Reflection;
using LanguageExt;

namespace ScoringKernel.Core.Problems;

/// <summary>
/// Why something was refused or is worth a warning: a stable code an integrator can switch on (<c>FIGURE_NEGATIVE</c>),
/// never a sentence. Each area of the product declares its reasons as static fields of its own class
/// (<see cref="FigureReasons"/>, <c>JsonReasons</c> …); the words module holds what each one says.
/// </summary>
public sealed record Reason(string Code)
{
    public override string ToString() => Code;

    /// <summary>Every reason declared as a public static field of a public class of <paramref name="assembly"/>.</summary>
    public static Seq<Reason> DeclaredIn(Assembly assembly) =>
        assembly.GetExportedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(Reason))
            .Select(f => (Reason)f.GetValue(null)!)
            .ToSeq().Strict();
}
