
namespace HeresHealthy.Grains.Abstractions.Common;

/// <summary>
/// The outcome of a command: accepted (possibly as a repeat of an earlier one with the same id) or refused; Audited when
/// the committed write also carried the request's audit row (HeresHealthy.Silo.AuditClaim).
/// </summary>
[GenerateSerializer]
[Immutable] // built fresh for each answer and never changed after: Orleans need not copy it
[Alias("HeresHealthy.Grains.Abstractions.Common.CommandResult")]
public sealed record CommandResult([Id(0)] bool Accepted, [Id(1)] Refusal? Refusal, [Id(2)] long Sequence, [Id(3)] bool Repeated = false, [Id(4)] bool Audited = false)
{
    public static CommandResult Done(long sequence, bool repeated = false) => new(true, null, sequence, repeated);

    public static CommandResult Refused(Refusal refusal) => new(false, refusal, 0);
}
