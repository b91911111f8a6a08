using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Lotsinnen;

/// <summary>The Lotsin's answer to taking on a case: granted (with her name for the practice) or refused.</summary>
public sealed record Reservation(bool Granted, string LotsinName, Refusal? Refusal);
