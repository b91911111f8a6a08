namespace HeresHealthy.Silo.Storage;

/// <summary>Events read from a position on, in position order, with the snapshot they were read under.</summary>
public sealed record EventPage(IReadOnlyList<EventEnvelope> Events, SnapshotHorizon Horizon);
