using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>Anyone on the family's behalf: ends the case and erases its personal data in the same step.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.WithdrawConsent")]
public sealed record WithdrawConsent(string CommandId, Actor Actor) : CaseCommand(CommandId, Actor);
