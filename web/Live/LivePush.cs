namespace HeresHealthy.Web.Live;

/// <summary>
/// One live change for one audience: the event's position, a topic (case, offer, board, kiosk, presence), the case
/// if any, and the view already cut to the audience (null: the case left this audience's view).
/// </summary>
public sealed record LivePush(long Position, string Topic, string? CaseId, object? View);
