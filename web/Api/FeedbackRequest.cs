using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Web.Api;

public sealed record FeedbackRequest(string? CommandId, FeedbackKind Kind, string? Text);
