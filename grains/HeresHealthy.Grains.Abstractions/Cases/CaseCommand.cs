using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>A command to a case. The command id makes retries safe: a repeated id takes effect once.</summary>
public abstract record CaseCommand(string CommandId, Actor Actor);
