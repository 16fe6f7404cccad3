using Google.Protobuf.Reflection;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.TestSupport;

/// <summary>Every message of the contract (package scoringkernel.v1, nested ones included) that its three services reach.</summary>
public static class ContractMessages
{
    public static IReadOnlyList<MessageDescriptor> All { get; } =
        new[] { P.ScoringService.Descriptor.File, P.ScenarioService.Descriptor.File, P.RoundService.Descriptor.File }
            .SelectMany(WithImports).Where(f => f.Package == "scoringkernel.v1").Distinct()
            .SelectMany(f => f.MessageTypes.SelectMany(WithNested)).ToList();

    private static IEnumerable<FileDescriptor> WithImports(FileDescriptor file) => file.Dependencies.SelectMany(WithImports).Prepend(file);

    private static IEnumerable<MessageDescriptor> WithNested(MessageDescriptor message) => message.NestedTypes.SelectMany(WithNested).Prepend(message);
}
