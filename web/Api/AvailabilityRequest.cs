using HeresHealthy.Grains.Abstractions.Lotsinnen;

namespace HeresHealthy.Web.Api;

public sealed record AvailabilityRequest(string? CommandId, Availability Availability);
