namespace HeresHealthy.Grains.Abstractions.Cases.Events;

/// <summary>A case referred before references existed got its readable reference when it was next loaded.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.CaseReferenceAllocated")]
public sealed record CaseReferenceAllocated(string CommandId, DateTimeOffset At, [Id(0)] string Reference) : CaseEvent(CommandId, At);
