namespace ScoringKernel.Core.Problems;

/// <summary>One method per case of every area's reasons: the words module implements it once per language.</summary>
public interface IReasonVisitor<out T> :
    IValueReasonVisitor<T>, IUnitReasonVisitor<T>, IEvaluationReasonVisitor<T>, ITargetReasonVisitor<T>, IScenarioReasonVisitor<T>,
    IThresholdReasonVisitor<T>, IWireReasonVisitor<T>, IRuleSetReasonVisitor<T>, IWorkbookReasonVisitor<T>, IJsonReasonVisitor<T>, IRoundReasonVisitor<T>;
