namespace HeresHealthy.Silo.Storage;

/// <summary>The outcome of verifying the audit chain: how many rows held, and the first that did not (null if none).</summary>
public sealed record AuditVerification(bool Ok, long RowsChecked, long? FirstBrokenSequence);
