using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Web.Api;

public sealed record OnwardReferralUpdateRequest(string? CommandId, OnwardReferralStatus Status);
