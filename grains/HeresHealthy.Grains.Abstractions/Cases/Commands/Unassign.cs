using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>Coordinator: takes an offer back, for example when the Lotsin is away.</summary>
public sealed record Unassign(string CommandId, Actor Actor, string Reason) : CaseCommand(CommandId, Actor);
