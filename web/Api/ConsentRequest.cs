namespace HeresHealthy.Web.Api;

/// <summary>
/// The consent as the form records it: the guardian, when, whether feedback to the practice is allowed, until when,
/// and the help offers it names besides the Lotsendienst, by their ids in the network's help offer directory.
/// </summary>
public sealed record ConsentRequest(string? GivenBy, DateTimeOffset? GivenAt, bool FeedbackToPractice, DateTimeOffset? ValidUntil, string[]? NamedHelpOffers);
