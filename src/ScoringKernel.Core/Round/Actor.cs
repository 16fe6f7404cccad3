namespace ScoringKernel.Core.Round;

/// <summary>
/// Who gave a command: the identity the caller authenticated (a certificate subject, an account). The round records it
/// on every event; what each party may do is the caller's authorization, not the decider's.
/// </summary>
public readonly record struct Actor(string Id)
{
    public override string ToString() => Id;
}
