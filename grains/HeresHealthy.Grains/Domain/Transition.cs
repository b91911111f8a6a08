using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Grains.Domain;

/// <summary>One row of the protocol's transition table: a command allowed in a state, and the state it leads to.</summary>
public sealed record Transition(CaseStatus From, string Command, CaseStatus To);
