using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>On-duty Lotsin: takes an urgent referral; the first claim wins.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.Claim")]
public sealed record Claim(string CommandId, Actor Actor) : CaseCommand(CommandId, Actor);
